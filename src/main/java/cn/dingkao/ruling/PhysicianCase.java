package cn.dingkao.ruling;

import java.util.List;
import java.util.Set;

/**
 * Everything stored about one physician that the ruling may look at. Records of other cycle years may be present:
 * the engine ignores them. {@code inputConflicts} holds the codes of table {@code input_conflict}:
 * {@code DUPLICATE_APPLICATION} and {@code EVALUATION_CONFLICT:<org>}.
 */
public record PhysicianCase(PhysicianRecord physician, ApplicationRecord application,
		List<EvaluationRecord> evaluations, List<ExamRecord> exams, List<HideRecord> hides,
		Set<String> inputConflicts) {

	public static final String DUPLICATE_APPLICATION = "DUPLICATE_APPLICATION";

	public static final String EVALUATION_CONFLICT_PREFIX = "EVALUATION_CONFLICT:";

	public PhysicianCase {
		if (physician == null) {
			throw new IllegalArgumentException("physician is required");
		}
		evaluations = evaluations == null ? List.of() : List.copyOf(evaluations);
		exams = exams == null ? List.of() : List.copyOf(exams);
		hides = hides == null ? List.of() : List.copyOf(hides);
		inputConflicts = inputConflicts == null ? Set.of() : Set.copyOf(inputConflicts);
	}

}
