package cn.dingkao.web.account;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A new password: at least 8 characters, letters and digits, not the initial one, not one of the passwords
 * attackers try first ({@code common-passwords.txt}), and not built on the account name.
 */
final class PasswordPolicy {

	private static final Set<String> COMMON = load();

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
		String lower = password.toLowerCase(Locale.ROOT);
		if (COMMON.contains(lower)) {
			return "新密码过于常见（如 password1、abc12345），容易被猜中，请换一个。";
		}
		String tail = username.length() <= 6 ? username : username.substring(username.length() - 6);
		if (lower.contains(tail.toLowerCase(Locale.ROOT))) {
			return "新密码不能包含账号（证件号码或登记号）的后 6 位。";
		}
		return null;
	}

	private static boolean isLetter(int c) {
		return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
	}

	private static Set<String> load() {
		try (InputStream in = PasswordPolicy.class.getResourceAsStream("common-passwords.txt")) {
			if (in == null) {
				throw new IllegalStateException("common-passwords.txt missing from the classpath");
			}
			BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
			return reader.lines()
				.map(String::trim)
				.filter(line -> !line.isEmpty() && !line.startsWith("#"))
				.map(line -> line.toLowerCase(Locale.ROOT))
				.collect(Collectors.toUnmodifiableSet());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
