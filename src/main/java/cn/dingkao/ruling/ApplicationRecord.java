package cn.dingkao.ruling;

import java.time.LocalDate;
import java.time.LocalDateTime;

/** A stored cycle application (考核申请); {@code examOrgCode} null = the main org. */
public record ApplicationRecord(long id, String certNo, int cycleYear, String specialty, ApplicationStatus status,
		LocalDateTime submittedAt, LocalDateTime approvedAt, boolean simplified, Integer simplifiedCategory,
		String evidenceRef, LocalDate evidenceDate, Integer aidMonths, String examOrgCode) {
}
