package cn.dingkao.feed;

import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.SplittableRandom;

import cn.dingkao.system.CodePointOrder;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

@DisplayName("spec §Registry feed: rows read in UTF-16 order (H2) come out in byte order of cert_no")
class ByteOrderRunsTests {

	/** Digits, X, letters, a CJK ideograph, U+E000–U+FFFF (private use, full-width) and supplementary characters. */
	private static final String[] UNITS = { "1", "2", "X", "a", "中", "\uE000", "Ａ", "\uFFFD", "𠀀", "😀", "\uD800\uDC00" };

	@Test
	@DisplayName("on 20,000 seeded lists: what comes out is the code point (UTF-8 byte) order, nothing lost or doubled")
	void codePointOrder() throws Exception {
		SplittableRandom random = new SplittableRandom(26);
		for (int round = 0; round < 20_000; round++) {
			List<FeedRow> rows = new ArrayList<>();
			int size = random.nextInt(0, 30);
			for (int i = 0; i < size; i++) {
				StringBuilder certNo = new StringBuilder();
				int length = random.nextInt(1, 5);
				for (int c = 0; c < length; c++) {
					certNo.append(UNITS[random.nextInt(UNITS.length)]);
				}
				rows.add(row(certNo.toString()));
			}
			List<FeedRow> inUtf16Order = new ArrayList<>(rows);
			inUtf16Order.sort(Comparator.comparing(FeedRow::certNo));
			List<String> out = new ArrayList<>();
			ByteOrderRuns.of(inUtf16Order.iterator()).forEachRemaining(row -> out.add(row.certNo()));

			List<String> expected = new ArrayList<>(rows.stream().map(FeedRow::certNo).toList());
			expected.sort(CodePointOrder::compare);
			assertThat(out).isEqualTo(expected);
		}
	}

	@Test
	@DisplayName("rows already in byte order (MySQL's) pass unchanged")
	void byteOrderPassesUnchanged() throws Exception {
		List<FeedRow> rows = List.of(row("110"), row("11X"), row("\uE000"), row("𠀀"), row("😀"), row("Z"));
		List<FeedRow> sorted = new ArrayList<>(rows);
		sorted.sort((a, b) -> CodePointOrder.compare(a.certNo(), b.certNo()));
		List<FeedRow> out = new ArrayList<>();
		ByteOrderRuns.of(sorted.iterator()).forEachRemaining(out::add);
		assertThat(out).containsExactlyElementsOf(sorted);
	}

	private static FeedRow row(String certNo) throws Exception {
		FeedRow row = new FeedRow();
		Field field = FeedRow.class.getDeclaredField("certNo");
		field.setAccessible(true);
		field.set(row, certNo);
		return row;
	}

}
