package cn.dingkao.ruling;

/**
 * The steps every physician of a cycle goes through, in their order (spec "Seeing it coming": 报名 → 审核 → 评价 →
 * 确认 → 测评), each with the phase of the timeline whose last day is its deadline.
 */
public enum Step {

	SUBMIT("报名", Phase.REGISTRATION),
	APPROVE("审核", Phase.REVIEW),
	RATE("评价", Phase.EVALUATION),
	CONFIRM("确认", Phase.CONFIRMATION),
	EXAM("测评", Phase.EXAM);

	private final String label;

	private final Phase phase;

	Step(String label, Phase phase) {
		this.label = label;
		this.phase = phase;
	}

	public String label() {
		return this.label;
	}

	/** The phase the step belongs to: its deadline is the phase's last day. */
	public Phase phase() {
		return this.phase;
	}

}
