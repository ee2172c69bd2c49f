package cn.dingkao.summary;

/** What one workbook covers: a district, or the whole city (code 110000). */
record SummaryArea(String code, String name) {

	static final SummaryArea CITY = new SummaryArea("110000", "北京市");

	boolean isCity() {
		return CITY.code().equals(this.code);
	}

	/** The district filter of the queries: none for the city. */
	String district() {
		return isCity() ? null : this.code;
	}

}
