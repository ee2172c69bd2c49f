package cn.dingkao.ruling;

import java.util.Optional;

/**
 * Data problems reported to the offices, each with its severity (README "Decisions": ERROR for data an office
 * must correct, WARN for rows the ruling set aside or questions worth a look); a warning never changes a ruling.
 */
public enum WarningCode {

	UNKNOWN_PHYSICIAN(Severity.ERROR, "记录的证件号码不在应考医师名单中"),
	UNKNOWN_ORG(Severity.ERROR, "机构代码不存在"),
	INVALID_CERT_NO(Severity.ERROR, "身份证号码校验位错误"),
	BIRTH_DATE_MISMATCH(Severity.ERROR, "出生日期与身份证号码不一致"),
	SPECIALTY_NOT_IN_SCOPE(Severity.WARN, "报考专业不在执业范围内"),
	EXAM_WRONG_ORG(Severity.WARN, "业务水平测评不在申请的考核机构"),
	EXAM_BEFORE_EVALUATION(Severity.WARN, "执业机构评价完成前参加了业务水平测评"),
	DUPLICATE_APPLICATION(Severity.ERROR, "考核申请重复"),
	EVALUATION_CONFLICT(Severity.ERROR, "同一机构的评价记录相互矛盾"),
	EVALUATION_UNCONFIRMED(Severity.WARN, "机构评价未确认"),
	EVALUATION_AFTER_CLOSE(Severity.WARN, "机构评价晚于考核通道关闭日"),
	EVALUATION_FOREIGN_SITE(Severity.WARN, "评价机构不是该医师的执业机构"),
	SIMPLIFIED_INELIGIBLE(Severity.WARN, "不符合简易程序条件"),
	EXAM_ATTEMPT_LIMIT(Severity.WARN, "网上考核超过3次"),
	EXAM_AFTER_CLOSE(Severity.WARN, "业务水平测评晚于考核通道关闭日"),
	NOT_DUE_FOR_REASSESSMENT(Severity.WARN, "医师不在再次考核范围内，其再次考核记录不予裁定");

	private final Severity severity;

	private final String label;

	WarningCode(Severity severity, String label) {
		this.severity = severity;
		this.label = label;
	}

	public Severity severity() {
		return severity;
	}

	public String label() {
		return label;
	}

	public static Optional<WarningCode> fromCode(String code) {
		return Codes.byName(WarningCode.class, code);
	}

	/** The label of a stored code; a code this version does not know shows as itself rather than disappearing. */
	public static String labelOf(String code) {
		return fromCode(code).map(WarningCode::label).orElse(code);
	}

}
