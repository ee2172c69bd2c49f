package cn.dingkao.receipt;

import cn.dingkao.testing.FunctionalTest;

@FunctionalTest
class ReceiptFunctionalTests extends ReceiptScenarios {

}
