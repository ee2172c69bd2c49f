package cn.dingkao.web;

import cn.dingkao.testing.EnabledOnMySql;

/** The integrity tests on MySQL (MariaDB in CI): set-based all pass, audit rows, session versions, progress counts. */
@EnabledOnMySql
class MySqlWebIntegrityTests extends WebIntegrityTests {

}
