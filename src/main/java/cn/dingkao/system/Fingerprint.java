package cn.dingkao.system;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;

import cn.dingkao.ruling.Cycle;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;

/**
 * A SHA-256 over texts and query rows: what an output was made from, so a night that would make the same output
 * again (but for its date) can copy the last one instead (issue 26: the workbooks, the FULL feed).
 */
public final class Fingerprint {

	private final JdbcTemplate jdbc;

	private final MessageDigest digest = Sha256.newDigest();

	private final RowCallbackHandler rows;

	public Fingerprint(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
		this.rows = rs -> {
			int columns = rs.getMetaData().getColumnCount();
			for (int i = 1; i <= columns; i++) {
				add(String.valueOf(rs.getString(i)));
			}
			this.digest.update((byte) '\n');
		};
	}

	public Fingerprint add(String text) {
		this.digest.update(text.getBytes(StandardCharsets.UTF_8));
		this.digest.update((byte) 0);
		return this;
	}

	/** Every row the query returns, every column; a mark after them, so no row can pass for the next query's. */
	public Fingerprint rows(String sql, Object... args) {
		this.jdbc.query(sql, this.rows, args);
		this.digest.update((byte) 1);
		return this;
	}

	/**
	 * The cycle's results as the ruling left them: their number, the sum of their versions, the latest run and time
	 * that wrote one. The ruling writes only what changed, and every write raises the version and stamps its run and
	 * time; a result removed lowers the number. One pass over the cycle's results, in place: {@code cert_no >= ''}
	 * (every cert_no) makes the primary key the index that matches most, where H2 chose a secondary index and looked
	 * every row up from it (2 s against 4 s at 150,000, cold).
	 */
	public Fingerprint results(Cycle cycle) {
		return rows("SELECT COUNT(*), SUM(version), MAX(run_id), MAX(updated_at) FROM result"
				+ " WHERE cycle_year = ? AND cert_no >= ''", cycle.code());
	}

	/**
	 * The number, highest id and latest write of an input table's rows, of every cycle: every writer stamps the rows
	 * it writes. Read from the table's count and the ends of two indexes, not from the rows.
	 */
	public Fingerprint inputs(String table) {
		return rows("SELECT COUNT(*), MAX(id), MAX(updated_at) FROM " + table);
	}

	/** The build {@code type} comes from ({@link BuildStamp}). */
	public Fingerprint build(Class<?> type) {
		return add(BuildStamp.of(type));
	}

	public String hex() {
		return Sha256.hex(this.digest);
	}

}
