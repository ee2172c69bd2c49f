package cn.dingkao.reconcile;

import org.springframework.boot.test.context.SpringBootTest;

@SpringBootTest(properties = { "dingkao.data-dir=./target/test-db/rule", "dingkao.rule.chunk-size=3" })
class RuleJobFunctionalTests extends RuleJobFunctionalTestsBase {

}
