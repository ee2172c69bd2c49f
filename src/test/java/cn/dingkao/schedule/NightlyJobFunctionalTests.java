package cn.dingkao.schedule;

import org.springframework.boot.test.context.SpringBootTest;

@SpringBootTest(properties = "dingkao.data-dir=./target/test-db/nightly")
class NightlyJobFunctionalTests extends NightlyJobFunctionalTestsBase {

}
