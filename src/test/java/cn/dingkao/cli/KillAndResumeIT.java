package cn.dingkao.cli;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.util.Map;

/** {@link KillAndResumeScenarios} on the embedded database (H2 file): each run its own --data folder. */
class KillAndResumeIT extends KillAndResumeScenarios {

	@Override
	Map<String, String> environment() {
		return Map.of();
	}

	@Override
	void freshDatabase() {
		// every chain uses a new --data folder
	}

	@Override
	long deliveries(Path data) throws Exception {
		try (Connection connection = DriverManager.getConnection("jdbc:h2:file:" + data.resolve("dingkao")
				+ ";MODE=MySQL;DATABASE_TO_LOWER=TRUE;CASE_INSENSITIVE_IDENTIFIERS=TRUE", "sa", "");
				ResultSet rows = connection.createStatement().executeQuery("select count(*) from feed_delivery")) {
			rows.next();
			return rows.getLong(1);
		}
	}

}
