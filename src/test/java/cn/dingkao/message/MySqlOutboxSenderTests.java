package cn.dingkao.message;

import cn.dingkao.testing.EnabledOnMySql;

/** The outbox and its sender on MySQL (MariaDB in CI). */
@EnabledOnMySql
class MySqlOutboxSenderTests extends OutboxSenderTests {

}
