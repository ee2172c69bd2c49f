package cn.dingkao.web.institution;

import java.util.Optional;

import cn.dingkao.ruling.Codes;

/** Which body of the institution a member belongs to (manual §5: 考核委员会管理 / 考核办公室管理). */
public enum MemberBody {

	COMMITTEE("考核委员会"), OFFICE("考核办公室");

	private final String label;

	MemberBody(String label) {
		this.label = label;
	}

	public String label() {
		return this.label;
	}

	static Optional<MemberBody> fromCode(String code) {
		return Codes.byName(MemberBody.class, code);
	}

}
