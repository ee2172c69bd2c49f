package cn.dingkao.predict;

import org.springframework.boot.test.context.SpringBootTest;

@SpringBootTest(properties = { "dingkao.data-dir=./target/test-db/remind", "dingkao.clock.date=2026-04-23" })
class ReminderFunctionalTests extends ReminderFunctionalTestsBase {

}
