package cn.dingkao.web;

import cn.dingkao.testing.EnabledOnMySql;

/** The CLOSE-day agreement of web and ruling on MySQL (MariaDB in CI). */
@EnabledOnMySql
class MySqlCloseDayTests extends CloseDayTests {

}
