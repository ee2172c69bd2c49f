package cn.dingkao.web;

import java.time.LocalDate;
import java.time.LocalDateTime;

/**
 * What the audit page shows: the changes of one district (null = every district, the city office), optionally of
 * one account ({@code who}), of one kind ({@code entity}), about one physician ({@code certNo}), between two days
 * (both included), older than the change {@code before} (keyset paging: 100 at a time, newest first). Every value is
 * bound with {@code #{}} in the query.
 */
public record AuditFilter(String district, String who, String entity, String certNo, LocalDate from, LocalDate to,
		Long before, int limit) {

	/** The filter of a request: blanks are no filter; an unknown kind is no filter. */
	public static AuditFilter of(String district, String who, String entity, String certNo, LocalDate from, LocalDate to,
			Long before, int limit) {
		String kind = blank(entity);
		return new AuditFilter(district, blank(who), kind != null && AuditEntity.fromCode(kind).isPresent() ? kind : null,
				blank(certNo), from, to, before, limit);
	}

	/** The first moment shown: the start of {@code from}. */
	public LocalDateTime fromTime() {
		return this.from == null ? null : this.from.atStartOfDay();
	}

	/** The first moment no longer shown: the start of the day after {@code to}. */
	public LocalDateTime toTimeExclusive() {
		return this.to == null ? null : this.to.plusDays(1).atStartOfDay();
	}

	/** Whether anything narrows the list (the page then says so and offers to clear it). */
	public boolean narrowed() {
		return this.who != null || this.entity != null || this.certNo != null || this.from != null || this.to != null;
	}

	public AuditFilter before(Long id) {
		return new AuditFilter(this.district, this.who, this.entity, this.certNo, this.from, this.to, id, this.limit);
	}

	private static String blank(String value) {
		return value == null || value.isBlank() ? null : value.trim();
	}

}
