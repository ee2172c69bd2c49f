package cn.dingkao.web;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.Objects;

import org.springframework.stereotype.Component;

/**
 * Writes the audit trail of web changes: who, when, what (entity, key, field), old → new, and the physician and
 * institution the change concerns (read off the entity's key), so the audit page can filter by physician and show
 * names beside the codes.
 */
@Component
public class AuditLog {

	private final WebMapper mapper;

	private final Clock clock;

	AuditLog(WebMapper mapper, Clock clock) {
		this.mapper = mapper;
		this.clock = clock;
	}

	/** Old and new values are stored as codes (an enum's name, Y/N for a flag), never as labels. */
	public void record(CurrentUser user, String district, AuditEntity entity, String key, AuditField field,
			Object oldValue, Object newValue) {
		String before = oldValue == null ? null : String.valueOf(oldValue);
		String after = newValue == null ? null : String.valueOf(newValue);
		if (Objects.equals(before, after)) {
			return;
		}
		Subject subject = subject(entity, key);
		this.mapper.insertAudit(new WebMapper.AuditEvent(null, now(), user.username(), user.role(), district,
				entity.code(), key, field.code(), truncate(before), truncate(after), subject.certNo(), subject.orgCode()));
	}

	public LocalDateTime now() {
		return LocalDateTime.now(this.clock);
	}

	/** The physician and the institution a change concerns, either possibly null. */
	record Subject(String certNo, String orgCode) {
	}

	/**
	 * Keys are {@code cert_no/cycle} (application, confirmation, delegation), {@code cert_no/org_code/cycle} (hide,
	 * evaluation), {@code org_code/...} (an institution's own records) or the account itself (a password).
	 */
	Subject subject(AuditEntity entity, String key) {
		String[] parts = key.split("/", -1);
		return switch (entity) {
			case APPLICATION, PHYSICIAN_CONFIRMATION, EXAM_DELEGATION -> new Subject(parts[0], null);
			case PHYSICIAN_HIDE, EVALUATION -> new Subject(parts[0], parts.length > 2 ? parts[1] : null);
			case INSTITUTION_CONFIRMATION, INSTITUTION_MEMBER, ASSESSMENT_APPLICATION -> new Subject(null, parts[0]);
			case ACCOUNT -> {
				Role role = Role.fromCode(this.mapper.accountRole(key)).orElse(null);
				yield new Subject(role == Role.PHYSICIAN ? key : null, role == Role.INSTITUTION ? key : null);
			}
			case JOB, REGISTRY_RECEIPT -> new Subject(null, null);
		};
	}

	private static String truncate(String value) {
		return value == null || value.length() <= 500 ? value : value.substring(0, 500);
	}

}
