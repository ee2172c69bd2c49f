package cn.dingkao.reconcile;

import java.time.LocalDate;

/** A roster row as read for the ruling, with the district of its main org (null = unknown). */
class PhysicianRow {

	long id;
	String certNo;
	String certType;
	String name;
	String gender;
	LocalDate birthDate;
	String practiceCategory;
	String practiceScopes;
	String mainOrgCode;
	String otherOrgCodes;
	String title;
	LocalDate titleDate;
	LocalDate registeredOn;
	String districtCode;

}
