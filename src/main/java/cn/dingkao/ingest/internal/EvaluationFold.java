package cn.dingkao.ingest.internal;

import java.time.LocalDateTime;

/**
 * The evaluation rule of spec "repeated keys", for two rows of one key in the order they were imported:
 * the later {@code evaluated_at} is kept; on a tie with different ratings each rating is the worse (FAIL
 * wins) and confirmed is Y only if both are; on a tie with equal ratings the later row replaces. The same
 * rule, in SQL, combines a file's row with the stored one (ImportMergeMapper.mergeEvaluations).
 */
record EvaluationFold(long lineNo, String ethics, String performance, LocalDateTime evaluatedAt, String confirmed) {

	EvaluationFold then(EvaluationFold later) {
		int order = later.evaluatedAt.compareTo(this.evaluatedAt);
		if (order > 0) {
			return later;
		}
		if (order < 0) {
			return this;
		}
		if (!differentRatings(later)) {
			return later;
		}
		return new EvaluationFold(later.lineNo, worse(this.ethics, later.ethics),
				worse(this.performance, later.performance), later.evaluatedAt,
				"Y".equals(this.confirmed) && "Y".equals(later.confirmed) ? "Y" : "N");
	}

	boolean differentRatings(EvaluationFold other) {
		return !this.ethics.equals(other.ethics) || !this.performance.equals(other.performance);
	}

	private static String worse(String a, String b) {
		return "FAIL".equals(a) || "FAIL".equals(b) ? "FAIL" : "PASS";
	}

}
