package cn.dingkao.reconcile;

import java.time.LocalDateTime;

class HideRow {

	long id;
	String certNo;
	String orgCode;
	int cycleYear;
	String reason;
	LocalDateTime hiddenAt;
	LocalDateTime unhiddenAt;

}
