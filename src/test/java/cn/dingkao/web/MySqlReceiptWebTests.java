package cn.dingkao.web;

import cn.dingkao.testing.EnabledOnMySql;

/** The receipt's upload on MySQL (MariaDB in CI). */
@EnabledOnMySql
class MySqlReceiptWebTests extends ReceiptWebTests {

}
