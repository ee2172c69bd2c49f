package cn.dingkao.ruling;

import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Cycle codes (spec "The re-assessment", cycle codes): the fast reading of a plain code (issue 26) reads what the
 * pattern reads, and a code is the same text every time.
 */
class CycleCodeTests {

	private static final Pattern CODE = Pattern.compile("(\\d{4})([Rr]?)");

	@Test
	@DisplayName("spec The re-assessment, cycle codes: a year or a year and R, trimmed, r accepted — the same cycle or the same refusal as the pattern, on 50,000 random texts")
	void readsWhatThePatternReads() {
		Random random = new Random(26);
		String alphabet = "0123456789Rr x.-";
		for (int i = 0; i < 50_000; i++) {
			StringBuilder text = new StringBuilder();
			int length = random.nextInt(7);
			for (int c = 0; c < length; c++) {
				text.append(random.nextInt(4) == 0 ? alphabet.charAt(random.nextInt(alphabet.length()))
						: (char) ('0' + random.nextInt(10)));
			}
			if (random.nextBoolean()) {
				text.insert(0, random.nextBoolean() ? "20" : "19");
			}
			String code = text.toString();
			Matcher matcher = CODE.matcher(code.trim());
			boolean valid = matcher.matches() && Integer.parseInt(matcher.group(1)) >= 1900;
			if (valid) {
				Cycle expected = new Cycle(Integer.parseInt(matcher.group(1)), !matcher.group(2).isEmpty());
				assertThat(Cycle.of(code)).as(code).isEqualTo(expected);
			}
			else {
				assertThatThrownBy(() -> Cycle.of(code)).as(code).isInstanceOf(IllegalArgumentException.class);
			}
		}
	}

	@Test
	@DisplayName("spec The re-assessment, cycle codes: 2026 and 2026R, within and outside the years made in advance")
	void codes() {
		assertThat(Cycle.of("2026").code()).isEqualTo("2026");
		assertThat(Cycle.of("2026r").code()).isEqualTo("2026R");
		assertThat(Cycle.of(" 2026R ").code()).isEqualTo("2026R");
		assertThat(Cycle.regular(1999).code()).isEqualTo("1999");
		assertThat(new Cycle(2300, true).code()).isEqualTo("2300R");
		assertThat(Cycle.of("2026").code()).isSameAs(Cycle.of("2026").code());
	}

}
