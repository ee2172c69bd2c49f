package cn.dingkao.ruling;

/** Phases of a cycle's timeline (table cycle_phase, 附件1), with the names the users know. */
public enum Phase {

	REGISTRATION("医师个人网上报名"), REVIEW("报名审核"), EVALUATION("职业道德和工作成绩考核"), CONFIRMATION("考核结果确认"),
	EXAM("业务水平测评"), VERIFICATION("核对确认"), CLOSE("考核通道关闭"), FEED("植入电子化注册系统");

	private final String label;

	Phase(String label) {
		this.label = label;
	}

	public String label() {
		return this.label;
	}

}
