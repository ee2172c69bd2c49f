package cn.dingkao.ruling;

import java.time.LocalDate;
import java.util.List;

/**
 * One roster row (应考医师), with the district of its main org (null when the main org is unknown: spec "a physician
 * is counted in the district of the main org") and the file line it came from. Lists are never null; blank values
 * are null.
 */
public record PhysicianRecord(long id, String certType, String certNo, String name, String gender, LocalDate birthDate,
		String practiceCategory, List<String> practiceScopes, String mainOrgCode, List<String> otherOrgCodes,
		String title, LocalDate titleDate, LocalDate registeredOn, String districtCode, String sourceFile,
		Long sourceLine) {

	public PhysicianRecord {
		practiceScopes = practiceScopes == null ? List.of() : List.copyOf(practiceScopes);
		otherOrgCodes = otherOrgCodes == null ? List.of() : List.copyOf(otherOrgCodes);
	}

	public boolean isResident() {
		return CertType.fromCode(certType).orElse(null) == CertType.RESIDENT;
	}

	public Origin origin() {
		return new Origin(sourceFile, sourceLine);
	}

}
