package cn.dingkao.reconcile;

import java.time.LocalDate;
import java.time.LocalDateTime;

class ApplicationRow {

	long id;
	String certNo;
	int cycleYear;
	String specialty;
	String status;
	LocalDateTime submittedAt;
	LocalDateTime approvedAt;
	String simplified;
	Integer simplifiedCategory;
	String evidenceRef;
	LocalDate evidenceDate;
	Integer aidMonths;
	String examOrgCode;

}
