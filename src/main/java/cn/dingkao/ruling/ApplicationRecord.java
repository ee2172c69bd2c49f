package cn.dingkao.ruling;

import java.time.LocalDate;
import java.time.LocalDateTime;

/**
 * A stored cycle application (考核申请); {@code examOrgCode} null = the main org; {@code sourceFile} and
 * {@code sourceLine} name the file line it was imported from (both null when it was entered on the web).
 */
public record ApplicationRecord(long id, String certNo, Cycle cycle, String specialty, ApplicationStatus status,
		LocalDateTime submittedAt, LocalDateTime approvedAt, boolean simplified, Integer simplifiedCategory,
		String evidenceRef, LocalDate evidenceDate, Integer aidMonths, String examOrgCode, String sourceFile,
		Long sourceLine) {

	public Origin origin() {
		return new Origin(sourceFile, sourceLine);
	}

}
