package cn.dingkao.ruling;

import java.util.Optional;

/**
 * How urgent a data problem is (spec "What the pipeline produces": 错误 for data an office must correct, 警告
 * otherwise). Stored by its name in {@code ruling_exception.severity}.
 */
public enum Severity {

	/** Data an office must correct: a record nobody can be matched to, a broken identity, two stories for one key. */
	ERROR("错误"),
	/** Rows the ruling set aside, or questions worth a look. */
	WARN("警告");

	private final String label;

	Severity(String label) {
		this.label = label;
	}

	public String label() {
		return label;
	}

	public static Optional<Severity> fromCode(String code) {
		return Codes.byName(Severity.class, code);
	}

}
