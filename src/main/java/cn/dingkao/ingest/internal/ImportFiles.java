package cn.dingkao.ingest.internal;

import java.nio.charset.Charset;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.time.LocalDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

import cn.dingkao.ingest.FileStatus;
import cn.dingkao.ingest.ImportKind;
import cn.dingkao.ruling.Flag;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Component;

/**
 * The bookkeeping of table {@code import_file} — the import's one record of its state: what each run did with each
 * kind (a row per file it loaded, refused or skipped, and per kind it found missing, all with the run's job
 * execution), and the staging rows a file leaves while it is being loaded.
 */
@Component
public class ImportFiles {

	private static final String LOADING = FileStatus.LOADING.name();

	private static final String MERGING = FileStatus.MERGING.name();

	private static final String IMPORTED = FileStatus.IMPORTED.name();

	private static final String REFUSED = FileStatus.REFUSED.name();

	private static final String COLUMNS = "id, file_name, status, rows_read, rows_imported, rows_rejected, message,"
			+ " sha256, size_bytes, charset, utf8_bom, same_as_file_id";

	private static final RowMapper<Unfinished> UNFINISHED = (rs, i) -> new Unfinished(rs.getLong("id"),
			rs.getString("file_name"), rs.getString("sha256"), MERGING.equals(rs.getString("status")));

	private static final RowMapper<FileRow> FILE_ROW = (rs, i) -> new FileRow(rs.getLong("id"),
			rs.getString("file_name"), FileStatus.valueOf(rs.getString("status")), rs.getLong("rows_read"),
			rs.getLong("rows_imported"), rs.getLong("rows_rejected"), rs.getString("message"),
			rs.getString("sha256"), rs.getLong("size_bytes"), rs.getString("charset"),
			Flag.isYes(rs.getString("utf8_bom")), rs.getObject("same_as_file_id", Long.class));

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

	/** The name of a registered file, for a message about it ("file #id" when it cannot be read). */
	public String fileName(long fileId) {
		try {
			return this.jdbc.queryForList("select file_name from import_file where id = ?", String.class, fileId)
				.stream()
				.findFirst()
				.orElse("file #" + fileId);
		}
		catch (RuntimeException ex) {
			return "file #" + fileId;
		}
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

	/** Registers the file this run loads, with the encoding the load reads it in. */
	public long insertLoading(ImportKind kind, String fileName, FileFingerprint fingerprint, long jobExecutionId) {
		return insert(kind, fileName, fingerprint.sha256(), fingerprint.sizeBytes(), FileStatus.LOADING, null,
				fingerprint, null, jobExecutionId);
	}

	/** A file refused before it was registered (not CSV/XLSX, wrong header, several files of one kind). */
	public long insertRefused(ImportKind kind, String fileName, String sha256, long size, String message,
			long jobExecutionId) {
		return insert(kind, fileName, sha256, size, FileStatus.REFUSED, message, null, null, jobExecutionId);
	}

	/** This run found a file whose content was imported before, as file {@code sameAs}. */
	public void insertSkipped(ImportKind kind, String fileName, FileFingerprint fingerprint, long sameAs,
			long jobExecutionId) {
		insert(kind, fileName, fingerprint.sha256(), fingerprint.sizeBytes(), FileStatus.SKIPPED, null, null, sameAs,
				jobExecutionId);
	}

	/** This run found no file of the kind. */
	public void insertMissing(ImportKind kind, long jobExecutionId) {
		insert(kind, "", "", 0, FileStatus.MISSING, null, null, null, jobExecutionId);
	}

	private long insert(ImportKind kind, String fileName, String sha256, long size, FileStatus status, String message,
			FileFingerprint encoding, Long sameAs, long jobExecutionId) {
		GeneratedKeyHolder keys = new GeneratedKeyHolder();
		this.jdbc.update(connection -> {
			PreparedStatement ps = connection.prepareStatement(
					"insert into import_file (kind, file_name, sha256, size_bytes, status, message, job_execution_id,"
							+ " started_at, finished_at, charset, utf8_bom, same_as_file_id)"
							+ " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
					Statement.RETURN_GENERATED_KEYS);
			LocalDateTime now = LocalDateTime.now();
			ps.setString(1, kind.baseName());
			ps.setString(2, fileName);
			ps.setString(3, sha256);
			ps.setLong(4, size);
			ps.setString(5, status.name());
			ps.setString(6, truncate(message));
			ps.setLong(7, jobExecutionId);
			ps.setObject(8, now);
			ps.setObject(9, status.inFlight() ? null : now);
			ps.setString(10, encoding == null ? null : encoding.charset().name());
			ps.setString(11, encoding == null ? null : Flag.of(encoding.hasUtf8Bom()).name());
			ps.setObject(12, sameAs);
			return ps;
		}, keys);
		return keys.getKey().longValue();
	}

	/**
	 * An earlier run's unfinished file, found again with the same content, is continued by this run: it becomes this
	 * run's file, with this run's reading of its encoding.
	 */
	public void adopt(long fileId, long jobExecutionId, FileFingerprint fingerprint) {
		this.jdbc.update("update import_file set job_execution_id = ?, charset = ?, utf8_bom = ? where id = ?",
				jobExecutionId, fingerprint.charset().name(), Flag.of(fingerprint.hasUtf8Bom()).name(), fileId);
	}

	/** The file this run registered or adopted for the kind while it is in flight (LOADING or MERGING). */
	public Optional<FileRow> inFlightOf(ImportKind kind, long jobExecutionId) {
		return this.jdbc
			.query("select " + COLUMNS + " from import_file where job_execution_id = ? and kind = ?"
					+ " and status in (?, ?) order by id desc", FILE_ROW, jobExecutionId, kind.baseName(), LOADING,
					MERGING)
			.stream()
			.findFirst();
	}

	/** Whether any file of the kind is in flight, i.e. has lines in staging still to merge. */
	public boolean anyInFlight(ImportKind kind) {
		return !inFlight(kind).isEmpty();
	}

	private List<Long> inFlight(ImportKind kind) {
		return this.jdbc.queryForList("select id from import_file where kind = ? and status in (?, ?)", Long.class,
				kind.baseName(), LOADING, MERGING);
	}

	/**
	 * What the latest of these runs that reached the kind recorded for it: the row of the highest job execution
	 * (the latest row of it, should it have several). Empty when none of them reached the kind.
	 */
	public Optional<FileRow> latestOf(ImportKind kind, Collection<Long> jobExecutionIds) {
		if (jobExecutionIds.isEmpty()) {
			return Optional.empty();
		}
		String in = jobExecutionIds.stream().map(id -> "?").collect(Collectors.joining(", "));
		Object[] args = new Object[jobExecutionIds.size() + 1];
		args[0] = kind.baseName();
		int i = 1;
		for (Long id : jobExecutionIds) {
			args[i++] = id;
		}
		return this.jdbc
			.query("select " + COLUMNS + " from import_file where kind = ? and job_execution_id in (" + in + ")"
					+ " order by job_execution_id desc, id desc limit 1", FILE_ROW, args)
			.stream()
			.findFirst();
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
	 * Forgets what the kind's files that are no longer in flight (imported, refused, replaced) left in staging
	 * (table names are constants of {@link ImportKind}). When no file of the kind is being loaded or merged, the
	 * tables are truncated: deleting millions of staged rows one by one is the slowest part of an import on H2 and
	 * costly on MySQL. TRUNCATE commits the open transaction (MySQL and H2): the caller is a step of its own that
	 * writes nothing else.
	 */
	public void discardStaging(ImportKind kind) {
		List<Long> inFlight = inFlight(kind);
		for (String table : stageTables(kind)) {
			if (this.jdbc.queryForList("select file_id from " + table + " limit 1", Long.class).isEmpty()) {
				continue;
			}
			if (inFlight.isEmpty()) {
				this.jdbc.execute("truncate table " + table);
			}
			else {
				// ids of import_file, never input: bound as literals, a NOT IN over the leading column of the key
				this.jdbc.update("delete from " + table + " where file_id not in ("
						+ inFlight.stream().map(String::valueOf).collect(Collectors.joining(", ")) + ")");
			}
		}
	}

	/**
	 * Refreshes the optimizer's statistics of the kind's staging tables. They were emptied by TRUNCATE and filled
	 * moments ago, and MySQL recounts in the background only later: with the figures of an empty table it plans
	 * the merge's per-key lookups as scans of the whole file, and the first slice of a 200,000-line roster was
	 * still running after eight minutes. ANALYZE commits the open transaction (MySQL and H2): the caller is a step
	 * of its own that writes nothing else.
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

	private static String truncate(String message) {
		return message == null || message.length() <= 1000 ? message : message.substring(0, 1000);
	}

	/** A file LOADING, or MERGING ({@code merging}): accepted, and partly in the input tables. */
	public record Unfinished(long id, String fileName, String sha256, boolean merging) {
	}

	/**
	 * A row of {@code import_file}: the file, what became of it and its counts; the encoding a LOADING file is read
	 * in; for a SKIPPED file the import whose content it repeats.
	 */
	public record FileRow(long id, String fileName, FileStatus status, long read, long imported, long rejected,
			String message, String sha256, long sizeBytes, String charset, boolean utf8Bom, Long sameAsFileId) {

		/** How the load re-opens the file: its content as registered, in the encoding detected then. */
		public FileFingerprint fingerprint() {
			return new FileFingerprint(this.sha256, this.sizeBytes, Charset.forName(this.charset), this.utf8Bom, false);
		}

	}

}
