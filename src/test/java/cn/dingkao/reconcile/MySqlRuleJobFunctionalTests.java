package cn.dingkao.reconcile;

import cn.dingkao.testing.EnabledOnMySql;
import cn.dingkao.testing.FunctionalTest;

@EnabledOnMySql
@FunctionalTest
class MySqlRuleJobFunctionalTests extends RuleJobFunctionalTestsBase {

}
