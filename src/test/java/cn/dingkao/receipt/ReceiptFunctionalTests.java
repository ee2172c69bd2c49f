package cn.dingkao.receipt;

import org.springframework.boot.test.context.SpringBootTest;

@SpringBootTest(properties = "dingkao.data-dir=./target/test-db/receipt")
class ReceiptFunctionalTests extends ReceiptScenarios {

}
