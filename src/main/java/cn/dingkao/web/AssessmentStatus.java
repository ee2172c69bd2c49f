package cn.dingkao.web;

import java.util.Optional;

import cn.dingkao.ruling.Codes;

/** Status of an institution's application to be an assessment institution (申请为考核机构, manual §5). */
public enum AssessmentStatus {

	PENDING("待审批"), APPROVED("已批准");

	private final String label;

	AssessmentStatus(String label) {
		this.label = label;
	}

	public String label() {
		return label;
	}

	public static Optional<AssessmentStatus> fromCode(String code) {
		return Codes.byName(AssessmentStatus.class, code);
	}

}
