package cn.dingkao.schedule;

import cn.dingkao.testing.EnabledOnMySql;
import cn.dingkao.testing.FunctionalTest;

@EnabledOnMySql
@FunctionalTest
class MySqlNightlyJobFunctionalTests extends NightlyJobFunctionalTestsBase {

}
