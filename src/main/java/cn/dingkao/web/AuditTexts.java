package cn.dingkao.web;

import java.time.LocalDateTime;

import cn.dingkao.ruling.ApplicationStatus;
import cn.dingkao.ruling.Rating;

/**
 * The audit trail as people read it: what was changed and which field in Chinese, values as their labels. The
 * trail itself keeps the stored codes (SUBMITTED, PASS, Y), so it stays exact whatever the labels become.
 */
public final class AuditTexts {

	private AuditTexts() {
	}

	/** One line of the audit page. */
	public record Line(Long id, LocalDateTime occurredAt, String username, String role, String entity,
			String entityKey, String field, String oldValue, String newValue) {
	}

	public static Line of(WebMapper.AuditEvent event) {
		return new Line(event.id(), event.occurredAt(), event.username(), role(event.role()), entity(event.entity()),
				event.entityKey(), field(event.entity(), event.field()), value(event.entity(), event.field(), event.oldValue()),
				value(event.entity(), event.field(), event.newValue()));
	}

	static String role(String role) {
		for (Role known : Role.values()) {
			if (known.name().equals(role)) {
				return known.label();
			}
		}
		return role;
	}

	static String entity(String entity) {
		return switch (entity) {
			case "application" -> "考核申请";
			case "evaluation" -> "机构评价";
			case "physician_hide" -> "医师暂存（隐藏）";
			case "account" -> "账号";
			case "institution_confirmation" -> "机构登记确认";
			case "institution_member" -> "考核委员会/办公室成员";
			case "assessment_application" -> "考核机构申请";
			case "physician_confirmation" -> "医师信息确认";
			case "exam_delegation" -> "委托协会考核";
			case "job" -> "夜间处理";
			case "registry_receipt" -> "注册系统回执";
			default -> entity;
		};
	}

	static String field(String entity, String field) {
		return switch (field) {
			case "status" -> "状态";
			case "return_reason" -> "打回原因";
			case "specialty" -> "报考专业";
			case "simplified" -> "简易程序";
			case "simplified_category" -> "简易程序类别";
			case "evidence_ref" -> "证明材料编号";
			case "ethics" -> "职业道德";
			case "performance" -> "工作成绩";
			case "ethics/performance" -> "职业道德/工作成绩";
			case "confirmed" -> "已确认";
			case "hidden" -> "隐藏";
			case "password" -> "密码";
			case "mobile" -> "手机号";
			case "verification_code" -> "短信验证码";
			case "member" -> "成员";
			case "exam_org_code" -> "业务水平考核机构";
			case "board" -> "委托协会";
			case "start" -> "启动运行（业务日期）";
			case "import" -> "导入";
			case "PERSONAL" -> "个人信息";
			case "PRACTICE" -> "执业信息";
			case "MULTISITE" -> "多点执业信息";
			default -> field;
		};
	}

	static String value(String entity, String field, String value) {
		if (value == null) {
			return "（无）";
		}
		if (field.equals("status")) {
			for (ApplicationStatus status : ApplicationStatus.values()) {
				if (status.name().equals(value) && entity.equals("application")) {
					return status.label();
				}
			}
			for (AssessmentStatus status : AssessmentStatus.values()) {
				if (status.name().equals(value)) {
					return status.label();
				}
			}
		}
		if (field.equals("ethics") || field.equals("performance")) {
			return rating(value);
		}
		if (field.equals("ethics/performance")) {
			int slash = value.indexOf('/');
			return slash < 0 ? value : rating(value.substring(0, slash)) + "/" + rating(value.substring(slash + 1));
		}
		if (field.equals("confirmed") || field.equals("hidden") || field.equals("simplified")) {
			return Labels.flag(value);
		}
		return value;
	}

	private static String rating(String value) {
		for (Rating rating : Rating.values()) {
			if (rating.name().equals(value)) {
				return rating.label();
			}
		}
		return value;
	}

}
