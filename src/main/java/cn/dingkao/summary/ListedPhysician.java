package cn.dingkao.summary;

import java.util.List;

import cn.dingkao.ruling.Outcome;

/** A physician of 不合格及未参加名单. Filled by MyBatis. */
class ListedPhysician {

	private String certNo;

	private String name;

	private String mainOrgCode;

	private String orgName;

	private String districtName;

	private Outcome outcome;

	private List<String> reasons;

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

	Outcome outcome() {
		return outcome;
	}

	List<String> reasons() {
		return reasons;
	}

}
