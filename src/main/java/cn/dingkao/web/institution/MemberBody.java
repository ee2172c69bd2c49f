package cn.dingkao.web.institution;

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

	static MemberBody of(String code) {
		for (MemberBody body : values()) {
			if (body.name().equals(code)) {
				return body;
			}
		}
		return null;
	}

}
