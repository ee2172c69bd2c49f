package cn.dingkao.ruling;

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

	public static Outcome ofCode(int code) {
		for (Outcome outcome : values()) {
			if (outcome.code == code) {
				return outcome;
			}
		}
		throw new IllegalArgumentException("未知的考核结果代码 (unknown outcome code): " + code);
	}

}
