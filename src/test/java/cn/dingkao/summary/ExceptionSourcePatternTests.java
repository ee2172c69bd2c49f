package cn.dingkao.summary;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The cited-line pattern of the exception sheets (issue 26 made it linear): it finds exactly what the pattern
 * without the start guard found, on details made of the pieces real details are made of, in random order.
 */
class ExceptionSourcePatternTests {

	/** The pattern as it was before issue 26: every start position tried. */
	private static final Pattern UNGUARDED = Pattern.compile("([^（(，,：:；;\\s]+\\.(?:csv|xlsx|xls|txt)) 第 (\\d+) 行",
			Pattern.CASE_INSENSITIVE);

	private static final String[] PIECES = { "exam_attempts.csv", "evaluations.XLSX", "roster.xls", "notes.txt",
			"名单.csv", " 第 ", "12", "7", " 行", "行", "第", "（", "）", "(", ")", "，", ",", "：", ":", "；", ";", " ", "\t",
			"与", "a", ".", "csv", "机构评价", "网上填报", "x.csv 第 3 行", "y.xlsx 第 44 行与z.csv 第 5 行" };

	@Test
	@DisplayName("spec §District summary workbooks (a detail cites the input file and line): the guarded pattern finds what the unguarded one found, on 20,000 random details")
	void sameMatchesAsUnguarded() {
		Random random = new Random(26);
		for (int i = 0; i < 20_000; i++) {
			StringBuilder detail = new StringBuilder();
			int pieces = random.nextInt(12);
			for (int p = 0; p < pieces; p++) {
				detail.append(PIECES[random.nextInt(PIECES.length)]);
			}
			String text = detail.toString();
			assertThat(matches(ExceptionSource.CITED, text)).as(text).isEqualTo(matches(UNGUARDED, text));
		}
	}

	private static List<String> matches(Pattern pattern, String text) {
		List<String> found = new ArrayList<>();
		Matcher matcher = pattern.matcher(text);
		while (matcher.find()) {
			found.add(matcher.start() + ":" + matcher.group(1) + "#" + matcher.group(2));
		}
		return found;
	}

}
