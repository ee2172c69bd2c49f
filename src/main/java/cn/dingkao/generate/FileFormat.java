package cn.dingkao.generate;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.EnumMap;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * How one generated file is written, as the spec's senders write them (spec "Data the pipeline receives"): CSV in
 * UTF-8 with or without BOM, CSV in GB18030 as Excel in China saves it (CRLF), or an XLSX workbook (first sheet);
 * the header in English keys or Chinese labels.
 */
record FileFormat(Encoding encoding, boolean chineseHeader) {

	enum Encoding {

		UTF8("csv", StandardCharsets.UTF_8, false), UTF8_BOM("csv", StandardCharsets.UTF_8, true),
		GB18030("csv", Charset.forName("GB18030"), false), XLSX("xlsx", null, false);

		final String extension;

		final Charset charset;

		final boolean bom;

		Encoding(String extension, Charset charset, boolean bom) {
			this.extension = extension;
			this.charset = charset;
			this.bom = bom;
		}

	}

	/** UTF-8 CSV with English keys: the benchmarks' files, which a plain LOAD DATA can also read. */
	static final FileFormat PLAIN = new FileFormat(Encoding.UTF8, false);

	/** A workbook holds its shared strings in memory when read: above this many rows a file stays CSV. */
	static final long MAX_XLSX_ROWS = 100_000;

	String fileName(InputFile file) {
		return file.baseName() + "." + this.encoding.extension;
	}

	/** Every file plain. */
	static Map<InputFile, FileFormat> plain() {
		Map<InputFile, FileFormat> formats = new EnumMap<>(InputFile.class);
		for (InputFile file : InputFile.values()) {
			formats.put(file, PLAIN);
		}
		return formats;
	}

	/**
	 * A mix drawn from the seed: each file in one of the four encodings (XLSX only for files that stay small), its
	 * header in Chinese half of the time.
	 */
	static Map<InputFile, FileFormat> mixed(SplittableRandom random, long physicians) {
		Map<InputFile, FileFormat> formats = new EnumMap<>(InputFile.class);
		for (InputFile file : InputFile.values()) {
			Encoding[] encodings = Encoding.values();
			Encoding encoding = encodings[random.nextInt(encodings.length)];
			if (encoding == Encoding.XLSX && physicians * 2 > MAX_XLSX_ROWS) {
				encoding = Encoding.GB18030;
			}
			formats.put(file, new FileFormat(encoding, random.nextBoolean()));
		}
		return formats;
	}

}
