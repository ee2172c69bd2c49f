package cn.dingkao.system;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The text LOAD DATA reads: its escapes, NULL, dates and moments, and UTF-8 exactly as {@code String.getBytes}
 * writes it — Chinese, four-byte characters and an unpaired surrogate ('?') included.
 */
class TabSeparatedTextTests {

	@Test
	void escapesLoadDataSpecialsAndWritesNullAsBackslashN() throws IOException {
		List<Object[]> rows = List.of(new Object[] { "a\\b\tc\nd\re\0f", null, 7L, new BigDecimal("1E+2") },
				new Object[] { "", LocalDate.of(2026, 8, 1), LocalDateTime.of(2026, 8, 1, 9, 5, 7),
						Timestamp.valueOf(LocalDateTime.of(2026, 12, 31, 23, 59, 58, 123_456_000)) });
		assertThat(text(rows)).isEqualTo("a\\\\b\\tc\\nd\\re\\0f\t\\N\t7\t100\n"
				+ "\t2026-08-01\t2026-08-01 09:05:07\t2026-12-31 23:59:58.123456\n");
	}

	@Test
	void momentsWithMicrosecondsFillTheBufferToItsEnd() throws IOException {
		// a moment with a fraction is 26 bytes; rows of ten of them outgrow the buffer made for them, so a moment
		// comes to stand at every offset from the buffer's end (issue 26: the room made for one was 4 + 16 bytes)
		LocalDateTime moment = LocalDateTime.of(2026, 8, 11, 1, 30, 5, 123_456_789);
		String written = "2026-08-11 01:30:05.123456";
		for (int rows = 1; rows < 120; rows++) {
			List<Object[]> values = new ArrayList<>();
			StringBuilder expected = new StringBuilder();
			for (int r = 0; r < rows; r++) {
				Object[] row = new Object[10 + r % 3];
				java.util.Arrays.fill(row, moment);
				row[0] = "x".repeat(r % 7);
				values.add(row);
				expected.append("x".repeat(r % 7)).append(("\t" + written).repeat(row.length - 1)).append('\n');
			}
			assertThat(text(values)).isEqualTo(expected.toString());
		}
	}

	@Test
	void writesUtf8ExactlyAsGetBytesDoes() throws IOException {
		String mixed = "张三 Ä é 𠀀𝄞 \uD800 x \uDC00";
		assertThat(bytes(List.<Object[]>of(new Object[] { mixed })))
			.isEqualTo((mixed + "\n").getBytes(StandardCharsets.UTF_8));
	}

	@Test
	void randomTextsOfEveryWidthMatchGetBytes() throws IOException {
		Random random = new Random(42);
		char[] alphabet = { 'a', '9', ' ', 'é', 'ß', '中', '医', '\uFEFF', '\uD83D', '\uDE00', '\uFFFF' };
		List<Object[]> rows = new ArrayList<>();
		StringBuilder expected = new StringBuilder();
		for (int r = 0; r < 2000; r++) {
			StringBuilder value = new StringBuilder();
			for (int i = random.nextInt(300); i > 0; i--) {
				value.append(alphabet[random.nextInt(alphabet.length)]);
			}
			rows.add(new Object[] { value.toString(), "末" });
			expected.append(value).append("\t末\n");
		}
		assertThat(bytes(rows)).isEqualTo(expected.toString().getBytes(StandardCharsets.UTF_8));
	}

	private static String text(List<Object[]> rows) throws IOException {
		return new String(bytes(rows), StandardCharsets.UTF_8);
	}

	private static byte[] bytes(List<Object[]> rows) throws IOException {
		return TabSeparatedText.of(rows).readAllBytes();
	}

}
