package cn.dingkao.web;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.Objects;

import org.springframework.stereotype.Component;

/** Writes the audit trail of web changes: who, when, what (entity, key, field), old → new. */
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
		this.mapper.insertAudit(new WebMapper.AuditEvent(null, now(), user.username(), user.role(), district,
				entity.code(), key, field.code(), truncate(before), truncate(after)));
	}

	public LocalDateTime now() {
		return LocalDateTime.now(this.clock);
	}

	private static String truncate(String value) {
		return value == null || value.length() <= 500 ? value : value.substring(0, 500);
	}

}
