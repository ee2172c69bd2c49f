package cn.dingkao.web;

import java.time.LocalDateTime;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

import cn.dingkao.ruling.ApplicationStatus;
import cn.dingkao.ruling.Rating;

/**
 * The audit trail as people read it: what was changed and which field in Chinese, values as their labels. The
 * trail itself keeps the stored codes (SUBMITTED, PASS, Y), so it stays exact whatever the labels become.
 */
public final class AuditTexts {

	private AuditTexts() {
	}

	/** The kinds of change, in the order the audit page's filter offers them. */
	static final Map<String, String> ENTITIES = knownEntities();

	private static Map<String, String> knownEntities() {
		Map<String, String> entities = new LinkedHashMap<>();
		entities.put("application", "考核申请");
		entities.put("evaluation", "机构评价");
		entities.put("physician_hide", "医师暂存（隐藏）");
		entities.put("physician_confirmation", "医师信息确认");
		entities.put("account", "账号");
		entities.put("institution_confirmation", "机构登记确认");
		entities.put("institution_member", "考核委员会/办公室成员");
		entities.put("assessment_application", "考核机构申请");
		entities.put("exam_delegation", "委托协会考核");
		entities.put("job", "夜间处理");
		entities.put("registry_receipt", "注册系统回执");
		return Collections.unmodifiableMap(entities);
	}

	/** The kinds of change for the filter: stored code and label. */
	public static Map<String, String> entities() {
		return ENTITIES;
	}

	/**
	 * One line of the audit page: when; who (name, role and account); what it concerns (the physician and the
	 * institution, each by name with the code beside it); which field, old → new.
	 */
	public record Line(Long id, LocalDateTime occurredAt, String username, String actorName, String role, String entity,
			String certNo, String physicianName, String orgCode, String orgName, String otherKey, String field,
			String oldValue, String newValue) {
	}

	public static Line of(WebMapper.AuditEntry entry) {
		Role role = roleOf(entry.role());
		String actor = role == Role.CITY ? "北京市定考办"
				: role == Role.DISTRICT && entry.actorName() != null ? entry.actorName() + "定考办" : entry.actorName();
		// a key that names neither a physician nor an institution (a job's name) is not shown: the kind says it all
		String otherKey = entry.certNo() == null && entry.orgCode() == null && !"job".equals(entry.entity())
				? entry.entityKey() : null;
		return new Line(entry.id(), entry.occurredAt(), entry.username(), actor, role(entry.role()), entity(entry.entity()),
				entry.certNo(), entry.physicianName(), entry.orgCode(), entry.orgName(), otherKey,
				field(entry.entity(), entry.field()), value(entry.entity(), entry.field(), entry.oldValue()),
				value(entry.entity(), entry.field(), entry.newValue()));
	}

	static String role(String role) {
		Role known = roleOf(role);
		return known == null ? role : known.label();
	}

	/** The role a stored name stands for, or null. */
	static Role roleOf(String role) {
		for (Role known : Role.values()) {
			if (known.name().equals(role)) {
				return known;
			}
		}
		return null;
	}

	static String entity(String entity) {
		return ENTITIES.getOrDefault(entity, entity);
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
