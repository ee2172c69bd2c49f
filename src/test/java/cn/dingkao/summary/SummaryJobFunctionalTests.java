package cn.dingkao.summary;

import org.springframework.boot.test.context.SpringBootTest;

@SpringBootTest(properties = "dingkao.data-dir=./target/test-db/summary")
class SummaryJobFunctionalTests extends SummaryScenarios {

}
