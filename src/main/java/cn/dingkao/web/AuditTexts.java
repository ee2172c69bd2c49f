package cn.dingkao.web;

import java.time.LocalDateTime;
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

	/** One line of the audit page. */
	public record Line(Long id, LocalDateTime occurredAt, String username, String role, String entity,
			String entityKey, String field, String oldValue, String newValue) {
	}

	public static Line of(WebMapper.AuditEvent event) {
		Optional<AuditEntity> entity = AuditEntity.fromCode(event.entity());
		Optional<AuditField> field = AuditField.fromCode(event.field());
		return new Line(event.id(), event.occurredAt(), event.username(),
				event.role() == null ? "" : event.role().label(),
				entity.map(AuditEntity::label).orElse(event.entity()), event.entityKey(),
				field.map(AuditField::label).orElse(event.field()), value(entity, field, event.oldValue()),
				value(entity, field, event.newValue()));
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
