package cn.dingkao.ingest.internal;

import java.time.LocalDateTime;

import cn.dingkao.ruling.Rating;

/**
 * The evaluation rule of spec "repeated keys", for two rows of one key in the order they were imported:
 * the later {@code evaluated_at} is kept; on a tie with different ratings each rating is the worse (FAIL
 * wins) and confirmed is Y only if both are; on a tie with equal ratings the later row replaces. The same
 * rule, in SQL, combines a file's row with the stored one (ImportMergeMapper.mergeEvaluations).
 */
record EvaluationFold(long lineNo, Rating ethics, Rating performance, LocalDateTime evaluatedAt, boolean confirmed) {

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
		return new EvaluationFold(later.lineNo, this.ethics.worse(later.ethics), this.performance.worse(later.performance),
				later.evaluatedAt, this.confirmed && later.confirmed);
	}

	boolean differentRatings(EvaluationFold other) {
		return this.ethics != other.ethics || this.performance != other.performance;
	}

}
