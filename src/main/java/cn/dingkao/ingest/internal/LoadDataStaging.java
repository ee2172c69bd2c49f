package cn.dingkao.ingest.internal;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;

import javax.sql.DataSource;

import com.mysql.cj.jdbc.JdbcStatement;

import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.jdbc.support.SQLErrorCodeSQLExceptionTranslator;

/**
 * MySQL's bulk path for staged lines: a chunk's rows go to the server as one {@code LOAD DATA LOCAL INFILE} of
 * tab-separated text streamed from memory (Connector/J's {@code setLocalInfileInputStream}), several times faster
 * than batched INSERTs. {@code REPLACE} keeps it idempotent on the staging key (file_id, line_no…), like the upsert
 * it replaces: a chunk staged again after a crash overwrites itself. It runs on the chunk's transactional connection.
 * The connection needs {@code allowLoadLocalInfile=true} (set for every connection by application-mysql.properties)
 * and the server {@code local_infile=ON} (MySQL's and MariaDB's default).
 */
final class LoadDataStaging {

	private static final DateTimeFormatter TIMESTAMP = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss.SSSSSS");

	private final DataSource dataSource;

	LoadDataStaging(DataSource dataSource) {
		this.dataSource = dataSource;
	}

	/** Loads the rows (values in the order of {@code columns}) into {@code table}. */
	void load(String table, List<String> columns, List<Object[]> rows) {
		if (rows.isEmpty()) {
			return;
		}
		byte[] text = tabSeparated(rows);
		String sql = "LOAD DATA LOCAL INFILE 'dingkao-staging' REPLACE INTO TABLE " + table
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
		ByteArrayOutputStream bytes = new ByteArrayOutputStream(text.length() * 2);
		bytes.writeBytes(text.toString().getBytes(StandardCharsets.UTF_8));
		return bytes.toByteArray();
	}

	/** One field in LOAD DATA's default escaping: \N is NULL; backslash, tab, line ends and NUL are escaped. */
	private static void field(StringBuilder text, Object value) {
		if (value == null) {
			text.append("\\N");
			return;
		}
		String plain;
		if (value instanceof LocalDateTime moment) {
			plain = TIMESTAMP.format(moment);
		}
		else if (value instanceof LocalDate day) {
			plain = day.toString();
		}
		else if (value instanceof BigDecimal number) {
			plain = number.toPlainString();
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
