package cn.dingkao.generate;

import java.io.Closeable;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.Map;
import java.util.SplittableRandom;

import de.siegmar.fastcsv.writer.CsvWriter;
import de.siegmar.fastcsv.writer.LineDelimiter;

/**
 * The six open CSV writers of a generated set. Rows go straight to disk; besides each good row, with a small
 * probability a broken copy is written first (dirt the importer must reject), kept well below the refusal limit of
 * max(10, 1 %) rejected rows per file.
 */
final class InputWriters implements Closeable {

	private final Map<InputFile, CsvWriter> writers = new EnumMap<>(InputFile.class);

	private final Map<InputFile, long[]> counts = new EnumMap<>(InputFile.class);

	private final SplittableRandom dirt;

	private final double dirtRate;

	InputWriters(Path folder, SplittableRandom dirt, double dirtRate) throws IOException {
		this.dirt = dirt;
		this.dirtRate = dirtRate;
		for (InputFile file : InputFile.values()) {
			CsvWriter writer = CsvWriter.builder()
				.lineDelimiter(LineDelimiter.LF)
				.build(folder.resolve(file.fileName()), StandardCharsets.UTF_8);
			writer.writeRecord(file.header());
			this.writers.put(file, writer);
			this.counts.put(file, new long[2]);
		}
	}

	/** Writes a good row, preceded now and then by a broken copy of it. */
	void write(InputFile file, String... fields) {
		if (file != InputFile.INSTITUTIONS && this.dirt.nextDouble() < this.dirtRate) {
			this.writers.get(file).writeRecord(broken(file, fields));
			this.counts.get(file)[1]++;
		}
		this.writers.get(file).writeRecord(fields);
		this.counts.get(file)[0]++;
	}

	long goodRows(InputFile file) {
		return this.counts.get(file)[0];
	}

	long badRows(InputFile file) {
		return this.counts.get(file)[1];
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
		for (CsvWriter writer : this.writers.values()) {
			try {
				writer.close();
			}
			catch (IOException ex) {
				failure = failure == null ? ex : failure;
			}
		}
		if (failure != null) {
			throw failure;
		}
	}

}
