package cn.dingkao.ingest.internal;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A CSV file (RFC 4180: comma, double quotes, {@code ""} for a quote, line breaks inside quotes), record by
 * record, knowing for each record the physical lines it spans. That knowledge is why this reader is our own
 * rather than a library's: spec "Bad input" wants every physical line a broken record swallowed counted as
 * rejected, and a record over the length limit rejected while the file goes on.
 * <ul>
 * <li>A quote left open swallows the rest of the file: the record's first line is rejected with a reason
 * naming the line where the quote opened, and every later physical line is rejected as swallowed by it — so a
 * file cut by an open quote is refused by the reject limit, never imported short.</li>
 * <li>A record longer than {@code maxRecordChars} is not kept in memory: it is read to its end (quotes still
 * respected) and rejected, with each of its physical lines; the next record is read as usual.</li>
 * </ul>
 * Text after a closing quote, or a quote inside an unquoted field, is kept as it is (as Excel and FastCSV do).
 */
final class CsvRowSource implements RowSource {

	private final CountingStream bytes;

	private final Reader reader;

	private final int maxRecordChars;

	private final char[] buffer = new char[64 * 1024];

	private int position;

	private int limit;

	/** The physical line the next character is on. */
	private long line = 1;

	private List<String> header;

	/** Lines swallowed by a broken record, handed out one by one after it. */
	private long swallowedNext;

	private long swallowedLast;

	private String swallowedZh;

	private String swallowedEn;

	CsvRowSource(Path file, Charset charset, boolean utf8Bom, int maxRecordChars) throws IOException {
		this.bytes = new CountingStream(Files.newInputStream(file));
		if (utf8Bom) {
			this.bytes.skipNBytes(3);
		}
		this.reader = new InputStreamReader(this.bytes, charset);
		this.maxRecordChars = maxRecordChars;
	}

	@Override
	public List<String> header() throws IOException {
		if (this.header == null) {
			SourceLine first = readRecord();
			if (first == null) {
				this.header = List.of();
			}
			else if (first.unparsable() != null) {
				throw new UnreadableFileException("表头无法解析 (the header cannot be parsed): "
						+ first.unparsable().reasonZh() + " (" + first.unparsable().reasonEn() + ")", null);
			}
			else {
				this.header = first.fields();
			}
		}
		return this.header;
	}

	@Override
	public SourceLine next() throws IOException {
		header();
		if (this.swallowedNext > 0 && this.swallowedNext <= this.swallowedLast) {
			long lineNo = this.swallowedNext++;
			return SourceLine.unparsable(lineNo, this.swallowedZh, this.swallowedEn);
		}
		return readRecord();
	}

	/** Bytes of the file read so far (ahead of the records handed out by the decoder's buffer). */
	@Override
	public long bytesRead() {
		return this.bytes.count;
	}

	private SourceLine readRecord() throws IOException {
		if (peek() < 0) {
			return null;
		}
		long start = this.line;
		List<String> fields = new ArrayList<>();
		StringBuilder field = new StringBuilder();
		boolean quoted = false;
		boolean fieldOpenedQuote = false;
		long quoteLine = 0;
		long chars = 0;
		boolean tooLong = false;
		boolean endedWithBreak = false;
		while (true) {
			int c = read();
			if (c < 0) {
				break;
			}
			if (++chars > this.maxRecordChars && !tooLong) {
				tooLong = true;
				fields.clear();
				field.setLength(0);
			}
			if (quoted) {
				if (c == '"') {
					if (peek() == '"') {
						read();
						append(field, '"', tooLong);
					}
					else {
						quoted = false;
					}
				}
				else {
					if (isBreak(c)) {
						newLine(c);
					}
					append(field, (char) c, tooLong);
				}
			}
			else if (c == ',') {
				addField(fields, field, tooLong);
				fieldOpenedQuote = false;
			}
			else if (isBreak(c)) {
				newLine(c);
				endedWithBreak = true;
				break;
			}
			else if (c == '"' && field.length() == 0 && !fieldOpenedQuote) {
				quoted = true;
				fieldOpenedQuote = true;
				quoteLine = this.line;
			}
			else {
				append(field, (char) c, tooLong);
			}
		}
		long end = endedWithBreak || quoted && this.line > start && lastWasBreak() ? this.line - 1 : this.line;
		if (quoted) {
			return swallowing(start, end, "第" + quoteLine + "行的引号未闭合，其后各行均被吞没，无法解析",
					"the quote opened on line " + quoteLine + " is never closed: it swallows every line after it",
					"被第" + quoteLine + "行未闭合的引号吞没", "swallowed by the quote left open on line " + quoteLine);
		}
		if (tooLong) {
			return swallowing(start, end, "记录过长(超过" + this.maxRecordChars + "字符)，无法解析",
					"record longer than " + this.maxRecordChars + " characters",
					"属于第" + start + "行开始的过长记录", "part of the over-long record that starts on line " + start);
		}
		addField(fields, field, false);
		return SourceLine.of(start, end, fields);
	}

	/** The record's first line, rejected; lines {@code start+1..end} follow, each rejected as swallowed. */
	private SourceLine swallowing(long start, long end, String reasonZh, String reasonEn, String swallowedZh,
			String swallowedEn) {
		if (end > start) {
			this.swallowedNext = start + 1;
			this.swallowedLast = end;
			this.swallowedZh = swallowedZh;
			this.swallowedEn = swallowedEn;
		}
		return SourceLine.unparsable(start, reasonZh, reasonEn);
	}

	private static void append(StringBuilder field, char c, boolean tooLong) {
		if (!tooLong) {
			field.append(c);
		}
	}

	private static void addField(List<String> fields, StringBuilder field, boolean tooLong) {
		if (!tooLong) {
			fields.add(field.toString());
		}
		field.setLength(0);
	}

	private static boolean isBreak(int c) {
		return c == '\n' || c == '\r';
	}

	/** Counts a line break; CR LF is one. */
	private void newLine(int c) throws IOException {
		if (c == '\r' && peek() == '\n') {
			read();
		}
		this.line++;
		this.lastBreak = true;
	}

	private boolean lastBreak;

	private boolean lastWasBreak() {
		return this.lastBreak;
	}

	private int read() throws IOException {
		if (this.position >= this.limit && !fill()) {
			return -1;
		}
		char c = this.buffer[this.position++];
		this.lastBreak = false;
		return c;
	}

	private int peek() throws IOException {
		if (this.position >= this.limit && !fill()) {
			return -1;
		}
		return this.buffer[this.position];
	}

	private boolean fill() throws IOException {
		int n = this.reader.read(this.buffer, 0, this.buffer.length);
		if (n <= 0) {
			return false;
		}
		this.position = 0;
		this.limit = n;
		return true;
	}

	@Override
	public void close() throws IOException {
		this.reader.close();
	}

	/** Counts the bytes the decoder takes from the file, for progress. */
	private static final class CountingStream extends FilterInputStream {

		private long count;

		CountingStream(InputStream in) {
			super(in);
		}

		@Override
		public int read() throws IOException {
			int b = super.read();
			if (b >= 0) {
				this.count++;
			}
			return b;
		}

		@Override
		public int read(byte[] b, int off, int len) throws IOException {
			int n = super.read(b, off, len);
			if (n > 0) {
				this.count += n;
			}
			return n;
		}

		@Override
		public long skip(long n) throws IOException {
			long skipped = super.skip(n);
			this.count += skipped;
			return skipped;
		}

	}

}
