package cn.dingkao.reconcile;

import java.time.LocalDateTime;

class ExamRow {

	long id;
	String certNo;
	int cycleYear;
	int attemptNo;
	String examMode;
	String specialty;
	String passed;
	LocalDateTime takenAt;
	String examOrgCode;

}
