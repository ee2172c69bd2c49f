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

	static RowSource open(Path file, FileFingerprint fingerprint, XlsxLimits limits) throws IOException {
		String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
		if (name.endsWith(".xlsx")) {
			return new XlsxRowSource(file, limits);
		}
		return new CsvRowSource(file, fingerprint.charset(), fingerprint.hasUtf8Bom());
	}

}
