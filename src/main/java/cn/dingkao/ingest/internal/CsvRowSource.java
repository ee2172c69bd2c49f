package cn.dingkao.ingest.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import de.siegmar.fastcsv.reader.CloseableIterator;
import de.siegmar.fastcsv.reader.CsvParseException;
import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import de.siegmar.fastcsv.reader.FieldMismatchStrategy;

/**
 * A CSV file through FastCSV (RFC 4180). Field-count mismatches are left to the caller (a longer record is
 * unparsable, a shorter one has blank trailing fields); a quoted field left open ends the file as one
 * unparsable record.
 */
final class CsvRowSource implements RowSource {

	private final CsvReader<CsvRecord> reader;

	private final CloseableIterator<CsvRecord> records;

	private List<String> header;

	private long lastLine = 1;

	private boolean broken;

	CsvRowSource(Path file, Charset charset, boolean utf8Bom) throws IOException {
		InputStream in = Files.newInputStream(file);
		if (utf8Bom) {
			in.skipNBytes(3);
		}
		this.reader = CsvReader.builder()
			.extraFieldStrategy(FieldMismatchStrategy.IGNORE)
			.missingFieldStrategy(FieldMismatchStrategy.IGNORE)
			.allowUnclosedQuote(false)
			.ofCsvRecord(new InputStreamReader(in, charset));
		this.records = this.reader.iterator();
	}

	@Override
	public List<String> header() throws IOException {
		if (this.header == null) {
			this.header = this.records.hasNext() ? this.records.next().getFields() : List.of();
		}
		return this.header;
	}

	@Override
	public SourceLine next() throws IOException {
		header();
		if (this.broken) {
			return null;
		}
		try {
			if (!this.records.hasNext()) {
				return null;
			}
			CsvRecord record = this.records.next();
			this.lastLine = record.getStartingLineNumber();
			return SourceLine.of(record.getStartingLineNumber(), record.getFields());
		}
		catch (CsvParseException ex) {
			// only an unterminated quote makes FastCSV give up; everything after it is inside that field
			this.broken = true;
			return SourceLine.unparsable(this.lastLine + 1, "引号未闭合，无法解析 (" + ex.getMessage() + ")",
					"quoted field left open: " + ex.getMessage());
		}
		catch (java.io.UncheckedIOException ex) {
			throw ex.getCause();
		}
	}

	@Override
	public void close() throws IOException {
		this.reader.close();
	}

}
