package cn.dingkao.summary;

/** A row of ruling_exception for 数据异常. Filled by MyBatis. */
class ExceptionRow {

	private String code;

	private String severity;

	private String certNo;

	private String orgCode;

	private String districtName;

	private String detail;

	String code() {
		return code;
	}

	String severity() {
		return severity;
	}

	String certNo() {
		return certNo;
	}

	String orgCode() {
		return orgCode;
	}

	String districtName() {
		return districtName;
	}

	String detail() {
		return detail;
	}

}
