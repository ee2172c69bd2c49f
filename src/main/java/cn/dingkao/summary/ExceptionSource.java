package cn.dingkao.summary;

import java.util.LinkedHashSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import cn.dingkao.ruling.Origin;
import cn.dingkao.ruling.WarningCode;

/**
 * The input file and line an office opens to correct an exception (spec: a detail cites the input file and
 * line). Most details name it already; for the few that name none (a duplicate application, conflicting
 * evaluations, an ineligible simplified procedure) it is the application's, the evaluation's or the roster's line.
 */
final class ExceptionSource {

	/**
	 * A file name and line: the name is a run of characters other than the delimiters, so a match can only start at
	 * a delimiter, at the start, or where the last match ended ({@code \\G}). Without that guard {@code find()} tried
	 * every position of every run and backtracked through the rest of it (quadratic in a run's length): the
	 * exception sheets spent most of their time here (issue 26). The matches are the same as without the guard.
	 */
	static final Pattern CITED = Pattern.compile(
			"(?:(?<![^（(，,：:；;\\s])|\\G)([^（(，,：:；;\\s]+\\.(?:csv|xlsx|xls|txt)) 第 (\\d+) 行",
			Pattern.CASE_INSENSITIVE);

	private ExceptionSource() {
	}

	static String of(ExceptionRow row) {
		String detail = row.detail() == null ? "" : row.detail();
		Set<String> cited = new LinkedHashSet<>();
		Matcher matcher = CITED.matcher(detail);
		while (matcher.find()) {
			cited.add(matcher.group(1) + " 第 " + matcher.group(2) + " 行");
		}
		if (!cited.isEmpty()) {
			return String.join("；", cited);
		}
		if (detail.contains(Origin.WEB.text())) {
			return Origin.WEB.text();
		}
		return row.warning().map(code -> switch (code) {
			case SIMPLIFIED_INELIGIBLE, DUPLICATE_APPLICATION, SPECIALTY_NOT_IN_SCOPE ->
				origin(row.applicationFile(), row.applicationLine());
			case EVALUATION_CONFLICT -> origin(row.evaluationFile(), row.evaluationLine());
			default -> origin(row.rosterFile(), row.rosterLine());
		}).orElseGet(() -> origin(row.rosterFile(), row.rosterLine()));
	}

	/** Nothing when the row is not there (a web row has no line either: then the detail says 网上填报). */
	private static String origin(String file, Long line) {
		return file == null ? "" : new Origin(file, line).text();
	}

}
