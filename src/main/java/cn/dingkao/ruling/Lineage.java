package cn.dingkao.ruling;

import java.util.List;
import java.util.StringJoiner;
import java.util.stream.Collectors;

/** The input rows that decided a ruling, by table. */
public record Lineage(Long applicationId, List<Long> evaluationIds, List<Long> examIds, List<Long> hideIds) {

	public Lineage {
		evaluationIds = List.copyOf(evaluationIds);
		examIds = List.copyOf(examIds);
		hideIds = List.copyOf(hideIds);
	}

	/** e.g. {@code application:12;evaluation:34,35;exam_attempt:7;physician_hide:3}; empty tables are left out. */
	public String toText() {
		StringJoiner text = new StringJoiner(";");
		if (applicationId != null) {
			text.add("application:" + applicationId);
		}
		add(text, "evaluation", evaluationIds);
		add(text, "exam_attempt", examIds);
		add(text, "physician_hide", hideIds);
		return text.toString();
	}

	private static void add(StringJoiner text, String table, List<Long> ids) {
		if (!ids.isEmpty()) {
			text.add(table + ":" + ids.stream().map(String::valueOf).collect(Collectors.joining(",")));
		}
	}

}
