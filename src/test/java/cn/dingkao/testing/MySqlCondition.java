package cn.dingkao.testing;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;

import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Decides whether MySQL tests run. System property {@code dingkao.mysql.tests}:
 * <ul>
 * <li>{@code true} (set by {@code .ci/run}): they run, and an unreachable server is an error;</li>
 * <li>anything else (the default): they run when a server answers at {@link #serverUrl()}, and are
 * skipped with a message saying why when none does.</li>
 * </ul>
 * The test database ({@code dingkao_test} unless {@code DINGKAO_TEST_DB} says otherwise) is created with
 * utf8mb4 and a binary collation when missing. The mysql profile reads {@code DINGKAO_DB_URL}, which
 * {@link #databaseUrl()} sets for the tests.
 */
public class MySqlCondition implements ExecutionCondition {

	private static Boolean reachable;

	@Override
	public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
		boolean required = Boolean.getBoolean("dingkao.mysql.tests");
		if (isReachable()) {
			System.setProperty("DINGKAO_DB_URL", databaseUrl());
			return ConditionEvaluationResult.enabled("MySQL server at " + serverUrl());
		}
		if (required) {
			throw new IllegalStateException("dingkao.mysql.tests=true but no MySQL/MariaDB server answers at "
					+ serverUrl() + " (start it: start-stop-daemon --start --oknodo --background --exec /usr/sbin/mariadbd)");
		}
		return ConditionEvaluationResult.disabled("SKIPPED: no MySQL/MariaDB server at " + serverUrl()
				+ " — MySQL tests run in CI (.ci/run) or with a local server");
	}

	static String serverUrl() {
		return env("DINGKAO_TEST_DB_SERVER", "jdbc:mysql://127.0.0.1:3306/");
	}

	static String databaseName() {
		return env("DINGKAO_TEST_DB", "dingkao_test");
	}

	public static String databaseUrl() {
		return databaseUrl(databaseName());
	}

	/** The URL of another database on the test server (a test that needs a fresh one of its own). */
	public static String databaseUrl(String database) {
		return serverUrl() + database
				+ "?rewriteBatchedStatements=true&characterEncoding=UTF-8&sslMode=DISABLED&allowPublicKeyRetrieval=true";
	}

	/** Drops and creates {@code <test database>_<suffix>} (utf8mb4, binary collation); returns its name. */
	public static String freshDatabase(String suffix) throws SQLException {
		String name = databaseName() + "_" + suffix;
		try (Connection connection = DriverManager.getConnection(serverUrl() + "?sslMode=DISABLED",
				env("DINGKAO_DB_USER", "root"), env("DINGKAO_DB_PASSWORD", ""));
				Statement statement = connection.createStatement()) {
			statement.execute("DROP DATABASE IF EXISTS " + name);
			statement.execute("CREATE DATABASE " + name + " CHARACTER SET utf8mb4 COLLATE utf8mb4_bin");
		}
		return name;
	}

	private static synchronized boolean isReachable() {
		if (reachable == null) {
			reachable = probe();
		}
		return reachable;
	}

	/** Generous: on a CI machine busy with several builds a 3-second probe once missed a running server. */
	private static boolean probe() {
		DriverManager.setLoginTimeout(20);
		try (Connection connection = DriverManager.getConnection(serverUrl() + "?sslMode=DISABLED&connectTimeout=20000",
				env("DINGKAO_DB_USER", "root"), env("DINGKAO_DB_PASSWORD", ""));
				Statement statement = connection.createStatement()) {
			statement.execute("CREATE DATABASE IF NOT EXISTS " + databaseName()
					+ " CHARACTER SET utf8mb4 COLLATE utf8mb4_bin");
			return true;
		}
		catch (SQLException ex) {
			return false;
		}
	}

	private static String env(String name, String defaultValue) {
		String value = System.getenv(name);
		return value == null || value.isBlank() ? defaultValue : value;
	}

}
