package cn.dingkao.ruling;

import java.util.Optional;

/** How a business-level test was taken: online, offline (藏医/蒙医), or by the simplified procedure (简易程序). */
public enum ExamMode {

	ONLINE("网上考核"),
	OFFLINE("线下考核"),
	SIMPLIFIED("简易程序");

	private final String label;

	ExamMode(String label) {
		this.label = label;
	}

	public String label() {
		return label;
	}

	public static Optional<ExamMode> fromCode(String code) {
		return Codes.byName(ExamMode.class, code);
	}

}
