package cn.dingkao.receipt;

import cn.dingkao.testing.EnabledOnMySql;

import org.springframework.boot.test.context.SpringBootTest;

@EnabledOnMySql
@SpringBootTest
class MySqlReceiptFunctionalTests extends ReceiptScenarios {

}
