package cn.dingkao.web.account;

/** What a verification code is for; a code serves only the purpose it was sent for. */
enum CodePurpose {

	RESET_PASSWORD("重置密码"), CHANGE_PASSWORD("修改密码"), BIND_PHONE("绑定手机号");

	private final String label;

	CodePurpose(String label) {
		this.label = label;
	}

	String label() {
		return this.label;
	}

}
