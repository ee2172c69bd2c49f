package cn.dingkao.summary;

/** A physician of 不合格及未参加名单. Filled by MyBatis. */
class ListedPhysician {

	private String certNo;

	private String name;

	private String mainOrgCode;

	private String orgName;

	private String districtName;

	private int outcomeCode;

	private String reasons;

	String certNo() {
		return certNo;
	}

	String name() {
		return name;
	}

	String mainOrgCode() {
		return mainOrgCode;
	}

	String orgName() {
		return orgName;
	}

	String districtName() {
		return districtName;
	}

	int outcomeCode() {
		return outcomeCode;
	}

	String reasons() {
		return reasons;
	}

}
