package cn.dingkao.reconcile;

import cn.dingkao.testing.EnabledOnMySql;

import org.springframework.boot.test.context.SpringBootTest;

@EnabledOnMySql
@SpringBootTest(properties = "dingkao.rule.chunk-size=3")
class MySqlRuleJobFunctionalTests extends RuleJobFunctionalTestsBase {

}
