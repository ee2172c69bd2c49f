package cn.dingkao.summary;

import cn.dingkao.testing.EnabledOnMySql;
import cn.dingkao.testing.FunctionalTest;

@EnabledOnMySql
@FunctionalTest
class MySqlSummaryJobFunctionalTests extends SummaryScenarios {

}
