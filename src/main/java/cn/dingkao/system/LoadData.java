package cn.dingkao.system;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.LocalDateTime;
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
		byte[] text = tabSeparated(rows);
		String sql = "LOAD DATA LOCAL INFILE 'dingkao-rows' " + mode + "INTO TABLE " + table
				+ " CHARACTER SET utf8mb4 FIELDS TERMINATED BY '\\t' ESCAPED BY '\\\\' LINES TERMINATED BY '\\n' ("
				+ String.join(", ", columns) + ")";
		Connection connection = DataSourceUtils.getConnection(this.dataSource);
		try (Statement statement = connection.createStatement()) {
			statement.unwrap(JdbcStatement.class).setLocalInfileInputStream(new ByteArrayInputStream(text));
			statement.execute(sql);
		}
		catch (SQLException ex) {
			throw new SQLErrorCodeSQLExceptionTranslator(this.dataSource).translate("LOAD DATA " + table, sql, ex);
		}
		finally {
			DataSourceUtils.releaseConnection(connection, this.dataSource);
		}
	}

	static byte[] tabSeparated(List<Object[]> rows) {
		StringBuilder text = new StringBuilder(rows.size() * 96);
		for (Object[] row : rows) {
			for (int i = 0; i < row.length; i++) {
				if (i > 0) {
					text.append('\t');
				}
				field(text, row[i]);
			}
			text.append('\n');
		}
		return text.toString().getBytes(StandardCharsets.UTF_8);
	}

	private static void moment(StringBuilder text, LocalDateTime moment) {
		text.append(moment.getYear()).append('-');
		two(text, moment.getMonthValue()).append('-');
		two(text, moment.getDayOfMonth()).append(' ');
		two(text, moment.getHour()).append(':');
		two(text, moment.getMinute()).append(':');
		two(text, moment.getSecond());
		int micros = moment.getNano() / 1000;
		if (micros > 0) {
			String digits = Integer.toString(micros);
			text.append('.').append("000000", 0, 6 - digits.length()).append(digits);
		}
	}

	private static StringBuilder two(StringBuilder text, int value) {
		return text.append((char) ('0' + value / 10)).append((char) ('0' + value % 10));
	}

	/** One field in LOAD DATA's default escaping: \N is NULL; backslash, tab, line ends and NUL are escaped. */
	private static void field(StringBuilder text, Object value) {
		if (value == null) {
			text.append("\\N");
			return;
		}
		String plain;
		if (value instanceof LocalDateTime moment) {
			// yyyy-MM-dd HH:mm:ss.SSSSSS by hand: a DateTimeFormatter per value was a tenth of the staging's time
			moment(text, moment);
			return;
		}
		else if (value instanceof Number || value instanceof LocalDate) {
			text.append(value instanceof BigDecimal number ? number.toPlainString() : value.toString());
			return;
		}
		else if (value instanceof java.sql.Timestamp stamp) {
			moment(text, stamp.toLocalDateTime());
			return;
		}
		else {
			plain = value.toString();
		}
		for (int i = 0; i < plain.length(); i++) {
			char c = plain.charAt(i);
			switch (c) {
				case '\\' -> text.append("\\\\");
				case '\t' -> text.append("\\t");
				case '\n' -> text.append("\\n");
				case '\r' -> text.append("\\r");
				case '\0' -> text.append("\\0");
				default -> text.append(c);
			}
		}
	}

}
