package cn.dingkao.reconcile;

import java.time.LocalDateTime;

class EvaluationRow {

	long id;
	String certNo;
	String orgCode;
	int cycleYear;
	String ethics;
	String performance;
	LocalDateTime evaluatedAt;
	String confirmed;

}
