package cn.dingkao.ingest.internal;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * The records of one CSV or XLSX file, read one at a time so that no file is ever held in memory.
 */
public interface RowSource extends Closeable {

	/** The first record (the header), or an empty list for an empty file. */
	List<String> header() throws IOException;

	/** The next record after the header, or null at the end. */
	SourceLine next() throws IOException;

	/** Bytes of the file read so far, where the format tells (for progress); 0 otherwise. */
	default long bytesRead() {
		return 0;
	}

	/**
	 * @param maxRecordChars a record (a CSV line, an XLSX row) longer than this is rejected, never held in memory
	 */
	static RowSource open(Path file, FileFingerprint fingerprint, XlsxLimits limits, int maxRecordChars)
			throws IOException {
		String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
		if (name.endsWith(".xlsx")) {
			return new XlsxRowSource(file, limits, maxRecordChars);
		}
		return new CsvRowSource(file, fingerprint.charset(), fingerprint.hasUtf8Bom(), maxRecordChars);
	}

}
