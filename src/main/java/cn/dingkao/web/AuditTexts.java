package cn.dingkao.web;

import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import cn.dingkao.ruling.ApplicationStatus;
import cn.dingkao.ruling.Flag;
import cn.dingkao.ruling.Rating;

/**
 * The audit trail as people read it: what was changed and which field in Chinese, values as their labels. The
 * trail itself keeps the stored codes (SUBMITTED, PASS, Y), so it stays exact whatever the labels become; a code
 * this version does not know is shown as it is.
 */
public final class AuditTexts {

	private AuditTexts() {
	}

	/** The kinds of change, in the order the audit page's filter offers them: stored code and label. */
	public static Map<String, String> entities() {
		Map<String, String> entities = new LinkedHashMap<>();
		for (AuditEntity entity : AuditEntity.values()) {
			entities.put(entity.code(), entity.label());
		}
		return entities;
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
		Optional<AuditEntity> entity = AuditEntity.fromCode(entry.entity());
		Optional<AuditField> field = AuditField.fromCode(entry.field());
		Role role = entry.role();
		String actor = role == Role.CITY ? "北京市定考办"
				: role == Role.DISTRICT && entry.actorName() != null ? entry.actorName() + "定考办" : entry.actorName();
		// a key that names neither a physician nor an institution (a job's name) is not shown: the kind says it all
		String otherKey = entry.certNo() == null && entry.orgCode() == null && entity.orElse(null) != AuditEntity.JOB
				? entry.entityKey() : null;
		return new Line(entry.id(), entry.occurredAt(), entry.username(), actor, role == null ? "" : role.label(),
				entity.map(AuditEntity::label).orElse(entry.entity()), entry.certNo(), entry.physicianName(),
				entry.orgCode(), entry.orgName(), otherKey, field.map(AuditField::label).orElse(entry.field()),
				value(entity, field, entry.oldValue()), value(entity, field, entry.newValue()));
	}

	static String value(Optional<AuditEntity> entity, Optional<AuditField> field, String value) {
		if (value == null) {
			return "（无）";
		}
		if (field.isEmpty()) {
			return value;
		}
		return switch (field.get()) {
			case STATUS -> entity.orElse(null) == AuditEntity.ASSESSMENT_APPLICATION
					? AssessmentStatus.fromCode(value).map(AssessmentStatus::label).orElse(value)
					: ApplicationStatus.fromCode(value).map(ApplicationStatus::label).orElse(value);
			case ETHICS, PERFORMANCE -> rating(value);
			case ETHICS_PERFORMANCE -> {
				int slash = value.indexOf('/');
				yield slash < 0 ? value : rating(value.substring(0, slash)) + "/" + rating(value.substring(slash + 1));
			}
			case CONFIRMED, HIDDEN, SIMPLIFIED -> flag(value);
			default -> value;
		};
	}

	private static String rating(String value) {
		return Rating.fromCode(value).map(Rating::label).orElse(value);
	}

	/** A flag as the trail stores it: {@code Y}, {@code N} or {@code Y（reason）} (a hide, with its reason). */
	private static String flag(String value) {
		for (Flag flag : Flag.values()) {
			if (value.startsWith(flag.name())) {
				return flag.label() + value.substring(flag.name().length());
			}
		}
		return value;
	}

}
