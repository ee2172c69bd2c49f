package cn.dingkao.reconcile;

class ConflictRow {

	String code;
	String certNo;
	String orgCode;

}
