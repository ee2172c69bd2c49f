package cn.dingkao.receipt;

import cn.dingkao.testing.EnabledOnMySql;
import cn.dingkao.testing.FunctionalTest;

@EnabledOnMySql
@FunctionalTest
class MySqlReceiptFunctionalTests extends ReceiptScenarios {

}
