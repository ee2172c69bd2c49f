package cn.dingkao.system;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Locale;

import javax.sql.DataSource;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.flyway.autoconfigure.FlywayMigrationStrategy;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Migrates the schema at start-up, and repairs what a killed first start leaves behind. Neither H2 nor MySQL
 * can roll back DDL, so a process killed while it created the schema leaves some tables without their
 * migration recorded, and every later start failed on "table already exists". When migrating fails on a
 * database that holds nothing yet — no job ever ran, no file was imported, no account was used — there is nothing
 * to lose: the half-built schema is dropped and built again. A database that holds data is never dropped;
 * its failure is reported (the migrations are then to be finished by hand from the log's reason).
 */
@Configuration(proxyBeanMethods = false)
class SchemaMigration {

	/** Tables that hold something only once the application was used (in the case each migration wrote it). */
	private static final List<String> USAGE_TABLES = List.of("BATCH_JOB_EXECUTION", "import_file", "account",
			"audit_event");

	/**
	 * The rows of a usage table that tell a use: every row, but of {@code account} not the offices' accounts V6
	 * seeds (no password until their first login) — else a start killed inside any migration after V6 could never
	 * be finished (the kill test met it in V31 and V60).
	 */
	private static String used(String table) {
		return table.equals("account") ? " where password_hash is not null or role not in ('DISTRICT', 'CITY')" : "";
	}

	private static final Logger log = LoggerFactory.getLogger(SchemaMigration.class);

	@Bean
	FlywayMigrationStrategy rebuildUnfinishedEmptySchema(DataSource dataSource) {
		return flyway -> {
			try {
				flyway.migrate();
			}
			catch (FlywayException ex) {
				if (!holdsNothingYet(dataSource)) {
					throw ex;
				}
				log.warn("Migrating failed on a database that holds no data yet (a first start was killed while it"
						+ " created the schema?): rebuilding the schema. Cause: {}", ex.getMessage());
				Flyway.configure().configuration(flyway.getConfiguration()).cleanDisabled(false).load().clean();
				flyway.migrate();
			}
		};
	}

	/** True only when the database answers and none of the usage tables that exist has a row. */
	static boolean holdsNothingYet(DataSource dataSource) {
		try (Connection connection = dataSource.getConnection()) {
			DatabaseMetaData meta = connection.getMetaData();
			for (String table : USAGE_TABLES) {
				if (!exists(meta, connection, table)) {
					continue;
				}
				try (Statement statement = connection.createStatement();
						ResultSet rows = statement.executeQuery("select count(*) from " + table + used(table))) {
					if (rows.next() && rows.getLong(1) > 0) {
						return false;
					}
				}
			}
			return true;
		}
		catch (SQLException ex) {
			return false;
		}
	}

	private static boolean exists(DatabaseMetaData meta, Connection connection, String table) throws SQLException {
		for (String name : new String[] { table, table.toLowerCase(Locale.ROOT), table.toUpperCase(Locale.ROOT) }) {
			try (ResultSet tables = meta.getTables(connection.getCatalog(), connection.getSchema(), name, null)) {
				if (tables.next()) {
					return true;
				}
			}
		}
		return false;
	}

}
