package cn.dingkao.web;

import cn.dingkao.testing.EnabledOnMySql;

/** The language, paging and smaller-item tests on MySQL (MariaDB in CI). */
@EnabledOnMySql
class MySqlWebLanguageTests extends WebLanguageTests {

}
