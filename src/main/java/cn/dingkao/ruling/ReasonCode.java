package cn.dingkao.ruling;

import java.util.Optional;

import java.util.Comparator;

/** Why a physician did not pass, with the Chinese text of the spec's table (exact). */
public enum ReasonCode {

	EVALUATION_MISSING("有执业机构未完成职业道德和工作成绩考核"),
	ETHICS_FAIL("职业道德考核不合格"),
	EXAM_FAIL("业务水平测评未通过"),
	EXAM_MISSING("未参加业务水平测评"),
	NOT_APPROVED("报名未经执业机构审核通过"),
	NOT_REGISTERED("未报名"),
	PERFORMANCE_FAIL("工作成绩考核不合格"),
	REGISTERED_DURING_CYCLE("考核期间首次注册或变更执业机构，参加下一年度上半年再次考核"),
	SIMPLIFIED_INELIGIBLE("不符合简易程序条件");

	/** Reasons are listed sorted by code in ASCII order (spec §The ruling 5), not in declaration order. */
	public static final Comparator<ReasonCode> ASCII_ORDER = Comparator.comparing(ReasonCode::name);

	private final String label;

	ReasonCode(String label) {
		this.label = label;
	}

	public String label() {
		return label;
	}

	public static Optional<ReasonCode> fromCode(String code) {
		return Codes.byName(ReasonCode.class, code);
	}

	/** The label of a stored code; a code this version does not know shows as itself rather than disappearing. */
	public static String labelOf(String code) {
		return fromCode(code).map(ReasonCode::label).orElse(code);
	}

}
