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

	public void record(CurrentUser user, String district, String entity, String key, String field, Object oldValue,
			Object newValue) {
		String before = oldValue == null ? null : String.valueOf(oldValue);
		String after = newValue == null ? null : String.valueOf(newValue);
		if (Objects.equals(before, after)) {
			return;
		}
		Subject subject = subject(entity, key);
		this.mapper.insertAudit(new WebMapper.AuditEvent(null, now(), user.username(), user.role().name(), district,
				entity, key, field, truncate(before), truncate(after), subject.certNo(), subject.orgCode()));
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
	Subject subject(String entity, String key) {
		String[] parts = key.split("/", -1);
		return switch (entity) {
			case "application", "physician_confirmation", "exam_delegation" -> new Subject(parts[0], null);
			case "physician_hide", "evaluation" -> new Subject(parts[0], parts.length > 2 ? parts[1] : null);
			case "institution_confirmation", "institution_member", "assessment_application" -> new Subject(null, parts[0]);
			case "account" -> {
				Role role = AuditTexts.roleOf(this.mapper.accountRole(key));
				yield new Subject(role == Role.PHYSICIAN ? key : null, role == Role.INSTITUTION ? key : null);
			}
			default -> new Subject(null, null);
		};
	}

	private static String truncate(String value) {
		return value == null || value.length() <= 500 ? value : value.substring(0, 500);
	}

}
