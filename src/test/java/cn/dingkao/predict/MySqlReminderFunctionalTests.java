package cn.dingkao.predict;

import cn.dingkao.testing.EnabledOnMySql;

import org.springframework.boot.test.context.SpringBootTest;

@EnabledOnMySql
@SpringBootTest(properties = "dingkao.clock.date=2026-04-23")
class MySqlReminderFunctionalTests extends ReminderFunctionalTestsBase {

}
