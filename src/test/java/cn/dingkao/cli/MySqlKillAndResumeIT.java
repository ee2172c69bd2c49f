package cn.dingkao.cli;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.util.Map;

import cn.dingkao.testing.MySqlCondition;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * {@link KillAndResumeScenarios} on MySQL/MariaDB: a database of its own ({@code <test db>_kill}), fresh for
 * the clean run and for each chain. The lease is GET_LOCK, released by the server when a killed process's
 * connection drops.
 */
@ExtendWith(MySqlCondition.class)
class MySqlKillAndResumeIT extends KillAndResumeScenarios {

	private String database;

	@Override
	Map<String, String> environment() {
		return Map.of("SPRING_PROFILES_ACTIVE", "mysql", "DINGKAO_DB_URL", MySqlCondition.databaseUrl(this.database));
	}

	@Override
	void freshDatabase() throws Exception {
		this.database = MySqlCondition.freshDatabase("kill");
	}

	@Override
	long deliveries(Path data) throws Exception {
		try (Connection connection = DriverManager.getConnection(MySqlCondition.databaseUrl(this.database), "root", "");
				ResultSet rows = connection.createStatement().executeQuery("select count(*) from feed_delivery")) {
			rows.next();
			return rows.getLong(1);
		}
	}

}
