package cn.dingkao.ruling;

import java.util.List;
import java.util.Optional;

/** The ruling's outcome with the code used in the results table and the registry feed. */
public enum Outcome {

	HIDDEN(0, "暂存"),
	PASS(1, "合格"),
	FAIL(2, "不合格"),
	NOT_PARTICIPATED(3, "未参加"),
	DEFERRED(4, "顺延再次考核");

	private final int code;

	private final String label;

	Outcome(int code, String label) {
		this.code = code;
		this.label = label;
	}

	public int code() {
		return code;
	}

	public String label() {
		return label;
	}

	/**
	 * The outcome text of the registry feed: the labels above, except that a physician delivered before and now
	 * HIDDEN appears in a DELTA as a revocation, 撤销 (spec "Registry feed").
	 */
	public String feedLabel() {
		return this == HIDDEN ? "撤销" : label;
	}

	/** The outcomes a ruled physician can have (1–4): every one but HIDDEN, which is not ruled on. */
	public static List<Outcome> ruled() {
		return List.of(PASS, FAIL, NOT_PARTICIPATED, DEFERRED);
	}

	/** The outcome a stored code (0–4) names, or empty for a code no outcome bears. */
	public static Optional<Outcome> fromCode(int code) {
		for (Outcome outcome : values()) {
			if (outcome.code == code) {
				return Optional.of(outcome);
			}
		}
		return Optional.empty();
	}

	/** The outcome a stored result row names: a code outside 0–4 is a damaged table, not a value to show. */
	public static Outcome ofStored(int code) {
		return fromCode(code).orElseThrow(
				() -> new IllegalStateException("结果表中有未知的考核结果代码 (unknown outcome code in the results): " + code));
	}

}
