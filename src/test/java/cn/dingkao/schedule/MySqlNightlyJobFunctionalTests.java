package cn.dingkao.schedule;

import cn.dingkao.testing.EnabledOnMySql;

import org.springframework.boot.test.context.SpringBootTest;

@EnabledOnMySql
@SpringBootTest
class MySqlNightlyJobFunctionalTests extends NightlyJobFunctionalTestsBase {

}
