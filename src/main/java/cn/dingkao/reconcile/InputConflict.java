package cn.dingkao.reconcile;

/** A repeated natural key the import recorded (table input_conflict); {@code orgCode} is '' when not per org. */
record InputConflict(String code, String certNo, String orgCode) {

	/** The code the engine expects: DUPLICATE_APPLICATION, or EVALUATION_CONFLICT:&lt;org&gt;. */
	String caseCode() {
		return orgCode == null || orgCode.isEmpty() ? code : code + ":" + orgCode;
	}

}
