package cn.dingkao.generate;

import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

import de.siegmar.fastcsv.writer.CsvWriter;
import de.siegmar.fastcsv.writer.LineDelimiter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * The six open writers of a generated set, each in its {@link FileFormat}. Rows go straight to disk (a workbook
 * through POI's streaming writer); besides each good row, with a small probability a broken copy is written first
 * (dirt the importer must reject), kept well below the refusal limit of max(10, 1 %) rejected rows per file.
 */
final class InputWriters implements Closeable {

	private final Map<InputFile, RowSink> sinks = new EnumMap<>(InputFile.class);

	private final Map<InputFile, long[]> counts = new EnumMap<>(InputFile.class);

	private final Map<InputFile, String> names = new EnumMap<>(InputFile.class);

	private final SplittableRandom dirt;

	private final double dirtRate;

	InputWriters(Path folder, SplittableRandom dirt, double dirtRate) throws IOException {
		this(folder, dirt, dirtRate, FileFormat.plain());
	}

	InputWriters(Path folder, SplittableRandom dirt, double dirtRate, Map<InputFile, FileFormat> formats)
			throws IOException {
		this.dirt = dirt;
		this.dirtRate = dirtRate;
		for (InputFile file : InputFile.values()) {
			FileFormat format = formats.get(file);
			String name = format.fileName(file);
			Path path = folder.resolve(name);
			RowSink sink = format.encoding() == FileFormat.Encoding.XLSX ? new XlsxSink(path) : new CsvSink(path, format);
			sink.write(format.chineseHeader() ? file.chineseHeader() : file.header());
			this.sinks.put(file, sink);
			this.names.put(file, name);
			this.counts.put(file, new long[2]);
		}
	}

	/** Writes a good row, preceded now and then by a broken copy of it. */
	void write(InputFile file, String... fields) {
		if (file != InputFile.INSTITUTIONS && this.dirt.nextDouble() < this.dirtRate) {
			this.sinks.get(file).write(Arrays.asList(broken(file, fields)));
			this.counts.get(file)[1]++;
		}
		this.sinks.get(file).write(Arrays.asList(fields));
		this.counts.get(file)[0]++;
	}

	long goodRows(InputFile file) {
		return this.counts.get(file)[0];
	}

	long badRows(InputFile file) {
		return this.counts.get(file)[1];
	}

	/** The name the file was written under (its extension follows its format). */
	String fileName(InputFile file) {
		return this.names.get(file);
	}

	/** One of the kinds of dirt the spec names: missing required field, bad date, bad enum, bad number, extra field. */
	private String[] broken(InputFile file, String[] fields) {
		String[] copy = Arrays.copyOf(fields, fields.length);
		int kind = this.dirt.nextInt(2);
		switch (file) {
			case ROSTER -> {
				if (kind == 0) {
					copy[2] = ""; // name missing
				}
				else {
					copy[4] = copy[4].isEmpty() ? "1980.02.30" : copy[4].replace('-', '.'); // not a date format
				}
			}
			case APPLICATIONS -> {
				if (kind == 0) {
					copy[3] = "PENDING"; // not a status
				}
				else {
					copy = Arrays.copyOf(copy, copy.length + 1);
					copy[copy.length - 1] = "多余字段"; // more fields than the header
				}
			}
			case EVALUATIONS -> copy[3] = kind == 0 ? "良好" : ""; // not a rating / missing
			case EXAM_ATTEMPTS -> {
				if (kind == 0) {
					copy[5] = "八十"; // score not numeric
				}
				else {
					copy[8] = copy[8].substring(0, 5) + "13-01 09:00:00"; // month 13
				}
			}
			case HIDDEN -> copy[4] = copy[4].substring(0, 5) + "02-30 09:00:00"; // no such day
			default -> throw new IllegalStateException(file.name());
		}
		return copy;
	}

	@Override
	public void close() throws IOException {
		IOException failure = null;
		for (RowSink sink : this.sinks.values()) {
			try {
				sink.close();
			}
			catch (IOException ex) {
				failure = failure == null ? ex : failure;
			}
		}
		if (failure != null) {
			throw failure;
		}
	}

	private interface RowSink extends Closeable {

		void write(List<String> fields);

	}

	private static final class CsvSink implements RowSink {

		private final Writer writer;

		private final CsvWriter csv;

		CsvSink(Path path, FileFormat format) throws IOException {
			this.writer = Files.newBufferedWriter(path, format.encoding().charset);
			if (format.encoding().bom) {
				this.writer.write('\uFEFF');
			}
			// Excel in China saves GB18030 with CRLF
			LineDelimiter delimiter = format.encoding() == FileFormat.Encoding.GB18030 ? LineDelimiter.CRLF
					: LineDelimiter.LF;
			this.csv = CsvWriter.builder().lineDelimiter(delimiter).build(this.writer);
		}

		@Override
		public void write(List<String> fields) {
			this.csv.writeRecord(fields);
		}

		@Override
		public void close() throws IOException {
			this.csv.close();
		}

	}

	/** The first sheet of a workbook, every value a text cell, streamed (100 rows in memory). */
	private static final class XlsxSink implements RowSink {

		private final Path path;

		private final SXSSFWorkbook workbook = new SXSSFWorkbook(100);

		private final Sheet sheet;

		private int rows;

		XlsxSink(Path path) {
			this.path = path;
			this.sheet = this.workbook.createSheet("Sheet1");
		}

		@Override
		public void write(List<String> fields) {
			Row row = this.sheet.createRow(this.rows++);
			for (int c = 0; c < fields.size(); c++) {
				if (fields.get(c) != null && !fields.get(c).isEmpty()) {
					row.createCell(c).setCellValue(fields.get(c));
				}
			}
		}

		@Override
		public void close() throws IOException {
			try (OutputStream out = Files.newOutputStream(this.path)) {
				this.workbook.write(out);
			}
			finally {
				this.workbook.close();
			}
		}

	}

}
