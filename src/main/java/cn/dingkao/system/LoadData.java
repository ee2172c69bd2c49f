package cn.dingkao.system;

import java.io.InputStream;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

import javax.sql.DataSource;

import com.mysql.cj.jdbc.JdbcStatement;
import org.apache.ibatis.mapping.DatabaseIdProvider;

import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.jdbc.support.SQLErrorCodeSQLExceptionTranslator;
import org.springframework.stereotype.Component;

/**
 * MySQL's bulk path for many rows: they go to the server as one {@code LOAD DATA LOCAL INFILE} of tab-separated
 * text streamed from memory (Connector/J's {@code setLocalInfileInputStream}), several times faster than batched
 * INSERTs, on the transaction's connection. Used where a chunk writes thousands of rows: the import's staging and
 * the ruling's new results. The connection needs {@code allowLoadLocalInfile=true} (set for every connection by
 * application-mysql.properties) and the server {@code local_infile=ON} (MySQL's and MariaDB's default). On another
 * database {@link #available()} is false and callers write JDBC batches.
 */
@Component
public class LoadData {

	private final DataSource dataSource;

	private final boolean available;

	LoadData(DataSource dataSource, DatabaseIdProvider databases) throws SQLException {
		this.dataSource = dataSource;
		this.available = "mysql".equals(databases.getDatabaseId(dataSource));
	}

	public boolean available() {
		return this.available;
	}

	/** Inserts the rows (values in the order of {@code columns}) into {@code table}; a duplicate key fails. */
	public void insert(String table, List<String> columns, List<Object[]> rows) {
		load("", table, columns, rows);
	}

	/**
	 * Inserts or replaces the rows: idempotent on the table's keys, like an upsert (a chunk written again after a
	 * crash overwrites itself).
	 */
	public void replace(String table, List<String> columns, List<Object[]> rows) {
		load("REPLACE ", table, columns, rows);
	}

	private void load(String mode, String table, List<String> columns, List<Object[]> rows) {
		if (rows.isEmpty()) {
			return;
		}
		InputStream text = TabSeparatedText.of(rows);
		String sql = "LOAD DATA LOCAL INFILE 'dingkao-rows' " + mode + "INTO TABLE " + table
				+ " CHARACTER SET utf8mb4 FIELDS TERMINATED BY '\\t' ESCAPED BY '\\\\' LINES TERMINATED BY '\\n' ("
				+ String.join(", ", columns) + ")";
		Connection connection = DataSourceUtils.getConnection(this.dataSource);
		try (Statement statement = connection.createStatement()) {
			statement.unwrap(JdbcStatement.class).setLocalInfileInputStream(text);
			statement.execute(sql);
		}
		catch (SQLException ex) {
			throw new SQLErrorCodeSQLExceptionTranslator(this.dataSource).translate("LOAD DATA " + table, sql, ex);
		}
		finally {
			DataSourceUtils.releaseConnection(connection, this.dataSource);
		}
	}

}
