package cn.dingkao.system;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.List;

/**
 * Rows as {@code LOAD DATA}'s tab-separated text in its default escaping, written straight into UTF-8 bytes: a
 * StringBuilder (two bytes a char once a row holds Chinese), its String and then getBytes copied every chunk three
 * times, a quarter of the ruling writer's time. The bytes are exactly those of {@code String.getBytes(UTF_8)} on
 * the text, an unpaired surrogate included ('?').
 */
final class TabSeparatedText {

	private byte[] bytes;

	private int size;

	private TabSeparatedText(int capacity) {
		this.bytes = new byte[capacity];
	}

	/** The rows, one a line, values tab-separated; \N is NULL. */
	static InputStream of(List<Object[]> rows) {
		TabSeparatedText text = new TabSeparatedText(Math.max(rows.size() * 128, 1024));
		for (Object[] row : rows) {
			for (int i = 0; i < row.length; i++) {
				if (i > 0) {
					text.add((byte) '\t');
				}
				text.field(row[i]);
			}
			text.add((byte) '\n');
		}
		return new ByteArrayInputStream(text.bytes, 0, text.size);
	}

	private void field(Object value) {
		if (value == null) {
			add((byte) '\\');
			add((byte) 'N');
		}
		else if (value instanceof LocalDateTime moment) {
			// yyyy-MM-dd HH:mm:ss.SSSSSS by hand: a DateTimeFormatter per value was a tenth of the staging's time
			moment(moment);
		}
		else if (value instanceof Timestamp stamp) {
			moment(stamp.toLocalDateTime());
		}
		else if (value instanceof BigDecimal number) {
			ascii(number.toPlainString());
		}
		else if (value instanceof Number || value instanceof LocalDate) {
			ascii(value.toString());
		}
		else {
			escaped(value.toString());
		}
	}

	private void moment(LocalDateTime moment) {
		ascii(Integer.toString(moment.getYear()));
		int micros = moment.getNano() / 1000;
		// "-MM-dd HH:mm:ss" and ".SSSSSS": 22 bytes after the year
		byte[] b = room(22);
		int n = this.size;
		b[n++] = '-';
		n = two(b, n, moment.getMonthValue());
		b[n++] = '-';
		n = two(b, n, moment.getDayOfMonth());
		b[n++] = ' ';
		n = two(b, n, moment.getHour());
		b[n++] = ':';
		n = two(b, n, moment.getMinute());
		b[n++] = ':';
		n = two(b, n, moment.getSecond());
		if (micros > 0) {
			b[n++] = '.';
			for (int divisor = 100_000; divisor > 0; divisor /= 10) {
				b[n++] = (byte) ('0' + micros / divisor % 10);
			}
		}
		this.size = n;
	}

	private static int two(byte[] b, int n, int value) {
		b[n] = (byte) ('0' + value / 10);
		b[n + 1] = (byte) ('0' + value % 10);
		return n + 2;
	}

	/** Text known to be ASCII without anything to escape (numbers, dates). */
	private void ascii(String text) {
		int length = text.length();
		byte[] b = room(length);
		int n = this.size;
		for (int i = 0; i < length; i++) {
			b[n++] = (byte) text.charAt(i);
		}
		this.size = n;
	}

	/**
	 * LOAD DATA's escapes for backslash, tab, line ends and NUL; everything else as UTF-8. Room for the worst case
	 * (three bytes a char) is made once, and the loop writes through locals: byte by byte through the fields was the
	 * import's costliest loop.
	 */
	private void escaped(String text) {
		int length = text.length();
		byte[] b = room(3 * length);
		int n = this.size;
		for (int i = 0; i < length; i++) {
			char c = text.charAt(i);
			if (c < 0x80) {
				byte escape = switch (c) {
					case '\\' -> '\\';
					case '\t' -> 't';
					case '\n' -> 'n';
					case '\r' -> 'r';
					case '\0' -> '0';
					default -> 0;
				};
				if (escape != 0) {
					b[n++] = '\\';
					b[n++] = escape;
				}
				else {
					b[n++] = (byte) c;
				}
			}
			else if (c < 0x800) {
				b[n++] = (byte) (0xC0 | c >> 6);
				b[n++] = (byte) (0x80 | c & 0x3F);
			}
			else if (Character.isHighSurrogate(c) && i + 1 < length && Character.isLowSurrogate(text.charAt(i + 1))) {
				int codePoint = Character.toCodePoint(c, text.charAt(++i));
				b[n++] = (byte) (0xF0 | codePoint >> 18);
				b[n++] = (byte) (0x80 | codePoint >> 12 & 0x3F);
				b[n++] = (byte) (0x80 | codePoint >> 6 & 0x3F);
				b[n++] = (byte) (0x80 | codePoint & 0x3F);
			}
			else if (Character.isSurrogate(c)) {
				b[n++] = '?';
			}
			else {
				b[n++] = (byte) (0xE0 | c >> 12);
				b[n++] = (byte) (0x80 | c >> 6 & 0x3F);
				b[n++] = (byte) (0x80 | c & 0x3F);
			}
		}
		this.size = n;
	}

	private void add(byte b) {
		room(1)[this.size++] = b;
	}

	/** The buffer, grown so that at least {@code bytes} more fit after {@link #size}. */
	private byte[] room(int bytes) {
		if (this.size + bytes > this.bytes.length) {
			this.bytes = Arrays.copyOf(this.bytes, Math.max(this.bytes.length * 2, this.size + bytes));
		}
		return this.bytes;
	}

}
