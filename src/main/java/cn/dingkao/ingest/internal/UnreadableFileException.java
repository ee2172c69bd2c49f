package cn.dingkao.ingest.internal;

import java.io.IOException;

/** A file that cannot be read as what its name says (not CSV/XLSX, malformed or oversized workbook). */
public final class UnreadableFileException extends IOException {

	public UnreadableFileException(String message, Throwable cause) {
		super(message, cause);
	}

}
