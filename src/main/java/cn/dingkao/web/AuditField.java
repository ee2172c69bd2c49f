package cn.dingkao.web;

import java.util.Optional;

/**
 * Which field of an {@link AuditEntity} a line of the audit trail changed, with the code the trail stores
 * ({@code audit_event.field}) and its Chinese name. The values stay stored as codes (SUBMITTED, PASS, Y), so the
 * trail stays exact whatever the labels become; {@link AuditTexts} shows them as labels.
 */
public enum AuditField {

	STATUS("status", "状态"),
	RETURN_REASON("return_reason", "打回原因"),
	SPECIALTY("specialty", "报考专业"),
	SIMPLIFIED("simplified", "简易程序"),
	SIMPLIFIED_CATEGORY("simplified_category", "简易程序类别"),
	EVIDENCE_REF("evidence_ref", "证明材料编号"),
	ETHICS("ethics", "职业道德"),
	PERFORMANCE("performance", "工作成绩"),
	/** Both ratings at once, {@code PASS/PASS} (the institution's 全部合格, audited in SQL). */
	ETHICS_PERFORMANCE("ethics/performance", "职业道德/工作成绩"),
	CONFIRMED("confirmed", "已确认"),
	HIDDEN("hidden", "隐藏"),
	PASSWORD("password", "密码"),
	MOBILE("mobile", "手机号"),
	VERIFICATION_CODE("verification_code", "短信验证码"),
	MEMBER("member", "成员"),
	EXAM_ORG_CODE("exam_org_code", "业务水平考核机构"),
	BOARD("board", "委托协会"),
	START("start", "启动运行（业务日期）"),
	/** A registry receipt imported from the feed page. */
	IMPORT("import", "导入"),
	/** The sections a physician confirms (个人信息, 执业信息, 多点执业信息). */
	PERSONAL("PERSONAL", "个人信息"),
	PRACTICE("PRACTICE", "执业信息"),
	MULTISITE("MULTISITE", "多点执业信息");

	private final String code;

	private final String label;

	AuditField(String code, String label) {
		this.code = code;
		this.label = label;
	}

	/** As the trail stores it. */
	public String code() {
		return this.code;
	}

	public String label() {
		return this.label;
	}

	public static Optional<AuditField> fromCode(String code) {
		for (AuditField field : values()) {
			if (field.code.equals(code)) {
				return Optional.of(field);
			}
		}
		return Optional.empty();
	}

}
