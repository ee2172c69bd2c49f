package cn.dingkao.ingest.internal;

import cn.dingkao.batch.RefusedInput;
import cn.dingkao.ingest.ImportKind;

/**
 * A file refused whole (spec "Bad input"): wrong header, not CSV/XLSX, unreadable workbook, or too many
 * rejected rows. It fails the step, so the run stops before the ruling; the step's refusal listener then
 * records it and removes whatever of the file was staged. {@code fileId} is null when the file was refused
 * before it was registered; then name, hash and size describe it.
 */
public final class FileRefusedException extends RuntimeException implements RefusedInput {

	private final ImportKind kind;

	private final Long fileId;

	private final String fileName;

	private final String sha256;

	private final long sizeBytes;

	public FileRefusedException(ImportKind kind, Long fileId, String fileName, String sha256, long sizeBytes,
			String reason) {
		super(oneLine("文件被拒收 (file refused): " + fileName + " — " + reason));
		this.kind = kind;
		this.fileId = fileId;
		this.fileName = fileName;
		this.sha256 = sha256;
		this.sizeBytes = sizeBytes;
	}

	/** A reason fits on one line and in {@code import_file.message}, whatever the file held. */
	private static String oneLine(String text) {
		String line = text.replaceAll("\\s+", " ").trim();
		return line.length() > 900 ? line.substring(0, 900) + "…" : line;
	}

	public ImportKind kind() {
		return this.kind;
	}

	public Long fileId() {
		return this.fileId;
	}

	public String fileName() {
		return this.fileName;
	}

	public String sha256() {
		return this.sha256;
	}

	public long sizeBytes() {
		return this.sizeBytes;
	}

}
