package cn.dingkao.reconcile;

import cn.dingkao.testing.EnabledOnMySql;
import cn.dingkao.testing.FunctionalTest;

@EnabledOnMySql
@FunctionalTest
class MySqlReassessmentFunctionalTests extends ReassessmentFunctionalTestsBase {

}
