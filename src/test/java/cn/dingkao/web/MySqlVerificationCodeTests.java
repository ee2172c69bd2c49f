package cn.dingkao.web;

import cn.dingkao.testing.EnabledOnMySql;

/** The verification codes on MySQL (MariaDB in CI): the throttle's conditional UPDATE, the code row's lock. */
@EnabledOnMySql
class MySqlVerificationCodeTests extends VerificationCodeTests {

}
