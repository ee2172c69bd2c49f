package cn.dingkao.reconcile;

import org.springframework.boot.test.context.SpringBootTest;

@SpringBootTest(properties = "dingkao.data-dir=./target/test-db/reassessment")
class ReassessmentFunctionalTests extends ReassessmentFunctionalTestsBase {

}
