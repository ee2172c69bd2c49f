package cn.dingkao.ruling;

import java.util.List;

/** The input rows that decided a ruling, by table. */
public record Lineage(Long applicationId, List<Long> evaluationIds, List<Long> examIds, List<Long> hideIds) {

	public Lineage {
		evaluationIds = List.copyOf(evaluationIds);
		examIds = List.copyOf(examIds);
		hideIds = List.copyOf(hideIds);
	}

	/**
	 * e.g. {@code application:12;evaluation:34,35;exam_attempt:7;physician_hide:3}; empty tables are left out.
	 * Built in one buffer (once per physician and run, for its hash and its row).
	 */
	public String toText() {
		StringBuilder text = new StringBuilder(64);
		if (applicationId != null) {
			text.append("application:").append(applicationId.longValue());
		}
		add(text, "evaluation", evaluationIds);
		add(text, "exam_attempt", examIds);
		add(text, "physician_hide", hideIds);
		return text.toString();
	}

	private static void add(StringBuilder text, String table, List<Long> ids) {
		if (ids.isEmpty()) {
			return;
		}
		if (!text.isEmpty()) {
			text.append(';');
		}
		text.append(table).append(':');
		for (int i = 0; i < ids.size(); i++) {
			if (i > 0) {
				text.append(',');
			}
			text.append(ids.get(i).longValue());
		}
	}

}
