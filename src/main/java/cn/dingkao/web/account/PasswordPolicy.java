package cn.dingkao.web.account;

/** A new password: at least 8 characters, letters and digits, and not the initial one. */
final class PasswordPolicy {

	private PasswordPolicy() {
	}

	/** @return the reason in Chinese, or null when the password is acceptable */
	static String problem(String username, String password) {
		if (password.length() < 8) {
			return "新密码至少 8 位。";
		}
		if (password.chars().noneMatch(Character::isDigit) || password.chars().noneMatch(PasswordPolicy::isLetter)) {
			return "新密码须同时包含字母和数字。";
		}
		if (password.equals(InitialPassword.of(username))) {
			return "新密码不能与初始密码相同。";
		}
		return null;
	}

	private static boolean isLetter(int c) {
		return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
	}

}
