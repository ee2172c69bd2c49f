package cn.dingkao.ruling;

import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import java.util.regex.Pattern;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

@DisplayName("spec §Inputs: ';'-lists (scopes, other orgs, reason codes) — ';' or '；', items trimmed, blanks dropped")
class CodeListTests {

	@Test
	@DisplayName("spec §Inputs: both separators, spaces around items, empty items and blank lists")
	void examples() {
		assertThat(CodeList.split("内科; 外科；儿科")).containsExactly("内科", "外科", "儿科");
		assertThat(CodeList.split(";;A;  ;B;")).containsExactly("A", "B");
		assertThat(CodeList.split("  ")).isEmpty();
		assertThat(CodeList.split(null)).isEmpty();
		assertThat(CodeList.join(List.of("A", "B"))).isEqualTo("A;B");
	}

	@Test
	@DisplayName("spec §Inputs: the hand-written splitter gives what a split by the pattern [;；] gave, on 100,000 seeded texts")
	void sameAsThePatternSplit() {
		Pattern separator = Pattern.compile("[;；]");
		String alphabet = "AB1 ;；\t内科\u3000";
		SplittableRandom random = new SplittableRandom(26);
		for (int i = 0; i < 100_000; i++) {
			StringBuilder text = new StringBuilder();
			int length = random.nextInt(0, 16);
			for (int c = 0; c < length; c++) {
				text.append(alphabet.charAt(random.nextInt(alphabet.length())));
			}
			String joined = text.toString();
			List<String> expected = joined.isBlank() ? List.of()
					: Arrays.stream(separator.split(joined)).map(String::trim).filter(item -> !item.isEmpty()).toList();
			assertThat(CodeList.split(joined)).as("[%s]", joined).isEqualTo(expected);
		}
	}

}
