package cn.dingkao.ruling;

/** Status of a physician's cycle application (考核申请). */
public enum ApplicationStatus {
	DRAFT, SUBMITTED, APPROVED, RETURNED
}
