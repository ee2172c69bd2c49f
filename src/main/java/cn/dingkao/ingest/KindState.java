package cn.dingkao.ingest;

import java.nio.file.Path;

import cn.dingkao.ingest.internal.FileFingerprint;

import org.springframework.batch.infrastructure.item.ExecutionContext;

/**
 * What the import decided for one kind, kept in the job's execution context so that the load and merge
 * steps (and a restart, and the report) see it: MISSING, SKIPPED (same SHA-256 already imported), LOAD
 * (being loaded), IMPORTED or REFUSED, with the file.
 */
final class KindState {

	static final String MISSING = "MISSING";

	static final String SKIPPED = "SKIPPED";

	static final String LOAD = "LOAD";

	static final String IMPORTED = "IMPORTED";

	static final String REFUSED = "REFUSED";

	private final ExecutionContext context;

	private final String prefix;

	KindState(ImportKind kind, ExecutionContext context) {
		this.context = context;
		this.prefix = "ingest." + kind.baseName() + ".";
	}

	void clear() {
		for (String key : new String[] { "status", "fileId", "fileName", "path", "charset", "bom", "sha256", "size",
				"message", "staged" }) {
			this.context.remove(this.prefix + key);
		}
	}

	void missing() {
		clear();
		put("status", MISSING);
	}

	void skipped(long fileId, String fileName) {
		clear();
		put("status", SKIPPED);
		this.context.putLong(this.prefix + "fileId", fileId);
		put("fileName", fileName);
	}

	void load(long fileId, Path file, FileFingerprint fingerprint) {
		clear();
		put("status", LOAD);
		this.context.putLong(this.prefix + "fileId", fileId);
		put("fileName", file.getFileName().toString());
		put("path", file.toString());
		put("charset", fingerprint.charset().name());
		put("bom", String.valueOf(fingerprint.hasUtf8Bom()));
		put("sha256", fingerprint.sha256());
		this.context.putLong(this.prefix + "size", fingerprint.sizeBytes());
	}

	/** The file's merge had begun: every line is in staging already, the load step has nothing to read. */
	void staged() {
		put("staged", "true");
	}

	boolean alreadyStaged() {
		return Boolean.parseBoolean(this.context.getString(this.prefix + "staged", "false"));
	}

	void imported() {
		put("status", IMPORTED);
	}

	void refused(Long fileId, String fileName, String message) {
		put("status", REFUSED);
		if (fileId != null) {
			this.context.putLong(this.prefix + "fileId", fileId);
		}
		put("fileName", fileName);
		put("message", message);
	}

	String status() {
		return this.context.getString(this.prefix + "status", MISSING);
	}

	/** Whether the run reached this kind at all (a run that failed earlier never did). */
	boolean reached() {
		return this.context.containsKey(this.prefix + "status");
	}

	boolean loading() {
		return LOAD.equals(status());
	}

	Long fileId() {
		return this.context.containsKey(this.prefix + "fileId") ? this.context.getLong(this.prefix + "fileId") : null;
	}

	String fileName() {
		return this.context.getString(this.prefix + "fileName", "");
	}

	Path path() {
		return Path.of(this.context.getString(this.prefix + "path"));
	}

	FileFingerprint fingerprint() {
		return new FileFingerprint(this.context.getString(this.prefix + "sha256"),
				this.context.getLong(this.prefix + "size"),
				java.nio.charset.Charset.forName(this.context.getString(this.prefix + "charset")),
				Boolean.parseBoolean(this.context.getString(this.prefix + "bom")), false);
	}

	String message() {
		return this.context.getString(this.prefix + "message", "");
	}

	private void put(String key, String value) {
		this.context.putString(this.prefix + key, value);
	}

}
