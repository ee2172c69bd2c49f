package cn.dingkao.ingest.internal;

import java.sql.PreparedStatement;
import java.sql.Statement;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;

import cn.dingkao.ingest.ImportKind;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Component;

/**
 * The bookkeeping of table {@code import_file}: which file of which kind was loaded, refused or imported,
 * and the staging rows a file leaves while it is being loaded.
 */
@Component
public class ImportFiles {

	public static final String LOADING = "LOADING";

	public static final String IMPORTED = "IMPORTED";

	public static final String REFUSED = "REFUSED";

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

	/** A file of this kind whose load a crash or failure interrupted. */
	public Optional<Loading> findLoading(ImportKind kind) {
		List<Loading> found = this.jdbc.query(
				"select id, file_name, sha256 from import_file where kind = ? and status = ? order by id desc",
				(rs, i) -> new Loading(rs.getLong(1), rs.getString(2), rs.getString(3)), kind.baseName(), LOADING);
		return found.stream().findFirst();
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
			ps.setString(6, message);
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

	public void finish(long fileId, String status, long read, long imported, long rejected, String message) {
		this.jdbc.update(
				"update import_file set status = ?, rows_read = ?, rows_imported = ?, rows_rejected = ?, message = ?,"
						+ " finished_at = ? where id = ?",
				status, read, imported, rejected, truncate(message), LocalDateTime.now(), fileId);
	}

	public void refuse(long fileId, String message) {
		this.jdbc.update("update import_file set status = ?, message = ?, finished_at = ? where id = ?", REFUSED,
				truncate(message), LocalDateTime.now(), fileId);
	}

	public long stagedRows(ImportKind kind, long fileId) {
		return this.jdbc.queryForObject("select count(*) from " + kind.stageTable() + " where file_id = ?", Long.class,
				fileId);
	}

	public long rejectedLines(long fileId) {
		return this.jdbc.queryForObject("select count(distinct line_no) from import_reject where file_id = ?",
				Long.class, fileId);
	}

	/** Forgets what a file left in staging (its table names are constants of {@link ImportKind}). */
	public void deleteStaging(ImportKind kind, long fileId) {
		this.jdbc.update("delete from " + kind.stageTable() + " where file_id = ?", fileId);
		if (kind == ImportKind.ROSTER) {
			this.jdbc.update("delete from stage_physician_site where file_id = ?", fileId);
		}
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

	public record Loading(long id, String fileName, String sha256) {
	}

	public record Summary(long id, String kind, String fileName, String status, long read, long imported,
			long rejected, String message) {
	}

}
