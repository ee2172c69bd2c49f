package cn.dingkao.ruling;

import java.time.LocalDate;
import java.util.List;

/** One roster row (应考医师). Lists are never null; blank values are null. */
public record PhysicianRecord(long id, String certType, String certNo, String name, String gender, LocalDate birthDate,
		String practiceCategory, List<String> practiceScopes, String mainOrgCode, List<String> otherOrgCodes,
		String title, LocalDate titleDate, LocalDate registeredOn) {

	public PhysicianRecord {
		practiceScopes = practiceScopes == null ? List.of() : List.copyOf(practiceScopes);
		otherOrgCodes = otherOrgCodes == null ? List.of() : List.copyOf(otherOrgCodes);
	}

	public boolean isResident() {
		return "RESIDENT".equalsIgnoreCase(certType == null ? null : certType.trim());
	}

}
