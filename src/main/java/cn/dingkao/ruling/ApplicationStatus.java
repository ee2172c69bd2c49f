package cn.dingkao.ruling;

import java.util.Optional;

/** Status of a physician's cycle application (考核申请). */
public enum ApplicationStatus {

	DRAFT("草稿"),
	SUBMITTED("已提交待审核"),
	APPROVED("审核通过"),
	RETURNED("已打回");

	private final String label;

	ApplicationStatus(String label) {
		this.label = label;
	}

	public String label() {
		return label;
	}

	public static Optional<ApplicationStatus> fromCode(String code) {
		return Codes.byName(ApplicationStatus.class, code);
	}

}
