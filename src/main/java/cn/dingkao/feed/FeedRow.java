package cn.dingkao.feed;

import java.util.List;

import cn.dingkao.ruling.Outcome;
import cn.dingkao.ruling.Flag;

/** One physician as the registry feed shows them. Filled by MyBatis. */
class FeedRow {

	static final List<String> HEADER = List.of("cert_type", "cert_no", "name", "cycle_year", "outcome_code", "outcome",
			"ethics", "performance", "business", "specialty", "main_org_code", "simplified", "reasons", "decided_on");

	private String certType;

	private String certNo;

	private String name;

	private String cycleYear;

	private int outcomeCode;

	private String ethics;

	private String performance;

	private String business;

	private String specialty;

	private String mainOrgCode;

	private String simplified;

	private String reasons;

	/** The fields in header order; a HIDDEN physician in a DELTA is a revocation (outcome_code 0, 撤销). */
	String[] fields(String decidedOn) {
		return new String[] { certType, certNo, name, cycleYear, String.valueOf(outcomeCode),
				outcomeLabel(outcomeCode), ethics, performance, business, nullToEmpty(specialty), mainOrgCode,
				simplified == null || simplified.isEmpty() ? Flag.N.name() : simplified, nullToEmpty(reasons), decidedOn };
	}

	static String outcomeLabel(int code) {
		return Outcome.ofStored(code).feedLabel();
	}

	private static String nullToEmpty(String value) {
		return value == null ? "" : value;
	}

	String certNo() {
		return certNo;
	}

}
