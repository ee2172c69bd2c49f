package cn.dingkao.ruling;

import java.time.LocalDate;
import java.time.LocalDateTime;

/**
 * An institution hiding one of its physicians (暂存, manual §6); {@code unhiddenAt} null = still hidden; with the
 * file line it came from.
 */
public record HideRecord(long id, String certNo, String orgCode, Cycle cycle, String reason, LocalDateTime hiddenAt,
		LocalDateTime unhiddenAt, String sourceFile, Long sourceLine) {

	/** Spec §The ruling: a hide is active when unhidden_at is blank or later than the business date. */
	public boolean activeOn(LocalDate businessDate) {
		return unhiddenAt == null || unhiddenAt.toLocalDate().isAfter(businessDate);
	}

	public Origin origin() {
		return new Origin(sourceFile, sourceLine);
	}

}
