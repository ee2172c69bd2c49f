package cn.dingkao.reconcile;

import cn.dingkao.testing.EnabledOnMySql;

import org.springframework.boot.test.context.SpringBootTest;

@EnabledOnMySql
@SpringBootTest
class MySqlReassessmentFunctionalTests extends ReassessmentFunctionalTestsBase {

}
