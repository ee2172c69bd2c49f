package cn.dingkao.web;

import cn.dingkao.testing.EnabledOnMySql;

/** The same web tests on MySQL (MariaDB in CI): lock-out counting, set-based updates, GROUP BY dashboard. */
@EnabledOnMySql
class MySqlWebMvcTests extends WebMvcTests {

}
