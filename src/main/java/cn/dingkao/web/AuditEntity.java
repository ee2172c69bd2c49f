package cn.dingkao.web;

import java.util.Optional;

/**
 * What a line of the audit trail changed, with the code the trail stores ({@code audit_event.entity}, also
 * written by the few statements that audit in SQL) and its Chinese name for the audit page.
 */
public enum AuditEntity {

	APPLICATION("application", "考核申请"),
	EVALUATION("evaluation", "机构评价"),
	PHYSICIAN_HIDE("physician_hide", "医师暂存（隐藏）"),
	ACCOUNT("account", "账号"),
	INSTITUTION_CONFIRMATION("institution_confirmation", "机构登记确认"),
	INSTITUTION_MEMBER("institution_member", "考核委员会/办公室成员"),
	ASSESSMENT_APPLICATION("assessment_application", "考核机构申请"),
	PHYSICIAN_CONFIRMATION("physician_confirmation", "医师信息确认"),
	EXAM_DELEGATION("exam_delegation", "委托协会考核"),
	JOB("job", "夜间处理"),
	REGISTRY_RECEIPT("registry_receipt", "注册系统回执");

	private final String code;

	private final String label;

	AuditEntity(String code, String label) {
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

	public static Optional<AuditEntity> fromCode(String code) {
		for (AuditEntity entity : values()) {
			if (entity.code.equals(code)) {
				return Optional.of(entity);
			}
		}
		return Optional.empty();
	}

}
