package cn.dingkao.ingest.internal;

import cn.dingkao.batch.FailureReason;
import cn.dingkao.batch.InputAtFault;
import cn.dingkao.ingest.ImportKind;

/**
 * The import could not go on with a line of an input file: a value the code could not take (a defect, or input
 * nobody foresaw), or a write the database refused. It ends the run — nothing of the kind is guessed or dropped —
 * and its message is what the operator reads on the one line: the kind, the file, the line and the value (or, for a
 * set-based merge, the lines of the slice), then the cause in its own words. The trace goes to the log.
 */
public final class UnprocessableInputException extends RuntimeException implements InputAtFault {

	/** As much of a value as a message quotes (the reject file's limit). */
	private static final int QUOTED = 200;

	private final ImportKind kind;

	private final String fileName;

	private final String where;

	private UnprocessableInputException(ImportKind kind, String fileName, String where, Throwable cause) {
		super(message(kind, fileName, where, cause), cause);
		this.kind = kind;
		this.fileName = fileName;
		this.where = where;
	}

	/** A value of a line the code could not take; the file is named by {@link #inFile} where it is known. */
	public static UnprocessableInputException atValue(ImportKind kind, long line, String column, String value,
			Throwable cause) {
		return new UnprocessableInputException(kind, null, "第 " + line + " 行 (line " + line + ") " + column + " = \""
				+ quote(value) + "\"", cause);
	}

	/** A chunk of lines the database refused to stage. */
	public static UnprocessableInputException inLines(ImportKind kind, String fileName, long first, long last,
			Throwable cause) {
		return new UnprocessableInputException(kind, fileName,
				"第 " + first + "–" + last + " 行之间 (lines " + first + "–" + last + ")", cause);
	}

	/** A slice of the set-based merge: the lines whose leading key lies in (after, upTo]. */
	public static UnprocessableInputException inSlice(ImportKind kind, String fileName, Slice slice, Throwable cause) {
		String key = kind.sliceKey();
		String range = (slice.after() == null ? "" : "> \"" + quote(slice.after()) + "\" ")
				+ (slice.upTo() == null ? "" : "≤ \"" + quote(slice.upTo()) + "\"");
		return new UnprocessableInputException(kind, fileName,
				"合并 " + key + " " + (range.isBlank() ? "全部" : range.trim()) + " 的行时 (merging the lines with " + key + " "
						+ (range.isBlank() ? "any" : range.trim()) + ")", cause);
	}

	/** The same failure with its file named. */
	public UnprocessableInputException inFile(String name) {
		if (this.fileName != null) {
			return this;
		}
		UnprocessableInputException named = new UnprocessableInputException(this.kind, name, this.where, getCause());
		named.setStackTrace(getStackTrace());
		return named;
	}

	private static String message(ImportKind kind, String fileName, String where, Throwable cause) {
		return FailureReason.oneLine("无法处理的输入 (input the import could not process): " + kind.label() + " ("
				+ kind.baseName() + ") " + (fileName == null ? "" : fileName + " ") + where + ": "
				+ FailureReason.telling(cause));
	}

	private static String quote(String value) {
		if (value == null) {
			return "";
		}
		return value.length() > QUOTED ? value.substring(0, QUOTED) + "…" : value;
	}

}
