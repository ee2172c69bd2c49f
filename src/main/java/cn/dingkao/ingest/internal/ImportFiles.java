package cn.dingkao.ingest.internal;

import java.sql.PreparedStatement;
import java.sql.Statement;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;

import cn.dingkao.ingest.ImportKind;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Component;

/**
 * The bookkeeping of table {@code import_file}: which file of which kind was loaded, refused or imported,
 * and the staging rows a file leaves while it is being loaded.
 */
@Component
public class ImportFiles {

	public static final String LOADING = "LOADING";

	/** Accepted and being merged into the input tables slice by slice; staging holds the lines not yet merged. */
	public static final String MERGING = "MERGING";

	public static final String IMPORTED = "IMPORTED";

	public static final String REFUSED = "REFUSED";

	private static final RowMapper<Unfinished> UNFINISHED = (rs, i) -> new Unfinished(rs.getLong("id"),
			rs.getString("file_name"), rs.getString("sha256"), MERGING.equals(rs.getString("status")));

	private final JdbcTemplate jdbc;

	ImportFiles(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	public Optional<Long> findImported(ImportKind kind, String sha256) {
		return this.jdbc
			.queryForList("select id from import_file where sha256 = ? and status = ? and kind = ? order by id",
					Long.class, sha256, IMPORTED, kind.baseName())
			.stream()
			.findFirst();
	}

	/** The latest file of this kind whose load or merge a crash or failure interrupted. */
	public Optional<Unfinished> findUnfinished(ImportKind kind) {
		return this.jdbc
			.query("select id, file_name, sha256, status from import_file where kind = ? and status in (?, ?)"
					+ " order by id desc", UNFINISHED, kind.baseName(), LOADING, MERGING)
			.stream()
			.findFirst();
	}

	/** The oldest file of this kind whose merge has begun and not finished. */
	public Optional<Unfinished> findMerging(ImportKind kind) {
		return this.jdbc
			.query("select id, file_name, sha256, status from import_file where kind = ? and status = ? order by id",
					UNFINISHED, kind.baseName(), MERGING)
			.stream()
			.findFirst();
	}

	/** The file was accepted: from here on its staged lines are merged and nothing refuses it any more. */
	public void beginMerge(long fileId, long read, long imported, long rejected) {
		this.jdbc.update(
				"update import_file set status = ?, rows_read = ?, rows_imported = ?, rows_rejected = ? where id = ?",
				MERGING, read, imported, rejected, fileId);
	}

	public void finishMerge(long fileId) {
		this.jdbc.update("update import_file set status = ?, finished_at = ? where id = ?", IMPORTED,
				LocalDateTime.now(), fileId);
	}

	public long insert(ImportKind kind, String fileName, String sha256, long size, String status, String message,
			Long jobExecutionId) {
		GeneratedKeyHolder keys = new GeneratedKeyHolder();
		this.jdbc.update(connection -> {
			PreparedStatement ps = connection.prepareStatement(
					"insert into import_file (kind, file_name, sha256, size_bytes, status, message, job_execution_id,"
							+ " started_at, finished_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?)",
					Statement.RETURN_GENERATED_KEYS);
			LocalDateTime now = LocalDateTime.now();
			ps.setString(1, kind.baseName());
			ps.setString(2, fileName);
			ps.setString(3, sha256);
			ps.setLong(4, size);
			ps.setString(5, status);
			ps.setString(6, truncate(message));
			ps.setObject(7, jobExecutionId);
			ps.setObject(8, now);
			ps.setObject(9, LOADING.equals(status) ? null : now);
			return ps;
		}, keys);
		return keys.getKey().longValue();
	}

	public void adopt(long fileId, Long jobExecutionId) {
		this.jdbc.update("update import_file set job_execution_id = ? where id = ?", jobExecutionId, fileId);
	}

	public void refuse(long fileId, long read, long rejected, String message) {
		this.jdbc.update(
				"update import_file set status = ?, rows_read = ?, rows_imported = 0, rows_rejected = ?, message = ?,"
						+ " finished_at = ? where id = ?",
				REFUSED, read, rejected, truncate(message), LocalDateTime.now(), fileId);
	}

	public long stagedRows(ImportKind kind, long fileId) {
		return this.jdbc.queryForObject("select count(*) from " + kind.stageTable() + " where file_id = ?", Long.class,
				fileId);
	}

	public long rejectedLines(long fileId) {
		return this.jdbc.queryForObject("select count(distinct line_no) from import_reject where file_id = ?",
				Long.class, fileId);
	}

	/**
	 * The next slice of about {@code rows} staged lines of a file, in the order of the kind's leading key: after
	 * the last key merged, up to the key of the {@code rows}-th line after it, every line of that key included,
	 * so that the repeated-key rules see all lines of a key together. Empty when nothing is left.
	 */
	public Optional<Slice> nextSlice(ImportKind kind, long fileId, int rows) {
		String after = this.jdbc.queryForObject("select merged_through from import_file where id = ?", String.class,
				fileId);
		// "order by file_id, key" (not just key) lets H2 read the (file_id, key, …) index in order instead of sorting
		String keys = "select " + kind.sliceKey() + " from " + kind.stageTable() + " where file_id = ?"
				+ (after == null ? "" : " and " + kind.sliceKey() + " > ?") + " order by file_id, " + kind.sliceKey()
				+ " limit 1 offset ?";
		List<String> first = this.jdbc.queryForList(keys, String.class, args(fileId, after, 0));
		if (first.isEmpty()) {
			return Optional.empty();
		}
		List<String> last = this.jdbc.queryForList(keys, String.class, args(fileId, after, Math.max(rows, 1) - 1));
		return Optional.of(new Slice(after, last.isEmpty() ? null : last.get(0)));
	}

	/** Notes, in the slice's transaction, that the file is merged up to the end of the slice. */
	public void mergedThrough(long fileId, String key) {
		this.jdbc.update("update import_file set merged_through = ? where id = ?", key, fileId);
	}

	private static Object[] args(long fileId, String after, int offset) {
		return after == null ? new Object[] { fileId, offset } : new Object[] { fileId, after, offset };
	}

	/**
	 * Forgets what a file left in staging (table names are constants of {@link ImportKind}). When no other file
	 * of the kind is being loaded or merged, the tables are truncated: deleting millions of staged rows one by
	 * one is the slowest part of an import on H2 and costly on MySQL. TRUNCATE commits the open transaction
	 * (MySQL and H2), so whatever the caller wrote before it must be able to stand on its own.
	 */
	public void discardStaging(ImportKind kind, long fileId) {
		List<String> tables = stageTables(kind);
		long inFlight = this.jdbc.queryForObject(
				"select count(*) from import_file where kind = ? and status in (?, ?) and id <> ?", Long.class,
				kind.baseName(), LOADING, MERGING, fileId);
		for (String table : tables) {
			if (inFlight == 0) {
				this.jdbc.execute("truncate table " + table);
			}
			else {
				this.jdbc.update("delete from " + table + " where file_id = ?", fileId);
			}
		}
	}

	/**
	 * Refreshes the optimizer's statistics of the kind's staging tables. They were emptied by TRUNCATE and filled
	 * moments ago, and MySQL recounts in the background only later: with the figures of an empty table it plans
	 * the merge's per-key lookups as scans of the whole file, and the first slice of a 200,000-line roster was
	 * still running after eight minutes. ANALYZE commits the open transaction (MySQL and H2), so it comes first.
	 */
	public void analyzeStaging(ImportKind kind) {
		for (String table : stageTables(kind)) {
			this.jdbc.execute("analyze table " + table);
		}
	}

	private static List<String> stageTables(ImportKind kind) {
		return kind == ImportKind.ROSTER ? List.of(kind.stageTable(), "stage_physician_site")
				: List.of(kind.stageTable());
	}

	public void deleteRejects(long fileId) {
		this.jdbc.update("delete from import_reject where file_id = ?", fileId);
	}

	public Optional<Summary> summary(long fileId) {
		return this.jdbc
			.query("select id, kind, file_name, status, rows_read, rows_imported, rows_rejected, message"
					+ " from import_file where id = ?",
					(rs, i) -> new Summary(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
							rs.getLong(5), rs.getLong(6), rs.getLong(7), rs.getString(8)),
					fileId)
			.stream()
			.findFirst();
	}

	private static String truncate(String message) {
		return message == null || message.length() <= 1000 ? message : message.substring(0, 1000);
	}

	/** A file LOADING, or MERGING ({@code merging}): accepted, and partly in the input tables. */
	public record Unfinished(long id, String fileName, String sha256, boolean merging) {
	}

	public record Summary(long id, String kind, String fileName, String status, long read, long imported,
			long rejected, String message) {
	}

}
