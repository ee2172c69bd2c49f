package cn.dingkao.ruling;

/** Who must take a step (spec "Seeing it coming"): the physician, the main institution, or one practice site. */
public enum Actor {

	PHYSICIAN("医师本人"), MAIN_ORG("主要执业机构"), SITE("执业机构");

	private final String label;

	Actor(String label) {
		this.label = label;
	}

	public String label() {
		return this.label;
	}

}
