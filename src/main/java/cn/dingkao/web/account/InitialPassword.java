package cn.dingkao.web.account;

/** 初始密码 = last 6 characters of the account + "*Dk" (manual §4). */
final class InitialPassword {

	private InitialPassword() {
	}

	static String of(String username) {
		String tail = username.length() <= 6 ? username : username.substring(username.length() - 6);
		return tail + "*Dk";
	}

}
