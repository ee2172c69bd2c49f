package cn.dingkao.message;

import java.util.regex.Pattern;

/**
 * Mainland mobile numbers (spec "Phones": 11 digits, 1[3-9]…) and their masked form {@code 138****1234}, shown
 * wherever the full number is not needed.
 */
public final class PhoneNumbers {

	private static final Pattern MOBILE = Pattern.compile("1[3-9][0-9]{9}");

	private static final Pattern SEPARATORS = Pattern.compile("[\\s\\-]");

	private PhoneNumbers() {
	}

	public static boolean isValid(String phone) {
		return phone != null && MOBILE.matcher(phone).matches();
	}

	/**
	 * The number as stored, from the way people and spreadsheets write it: spaces and hyphens between the digits,
	 * a {@code +86} country code, a workbook's {@code .0} after a number cell. Null when what is left is not a
	 * mainland mobile number (a landline, a number cut short, Excel's {@code 1.38E+10}).
	 */
	public static String normalize(String text) {
		if (text == null) {
			return null;
		}
		String digits = SEPARATORS.matcher(text.trim()).replaceAll("");
		if (digits.startsWith("+86")) {
			digits = digits.substring(3);
		}
		if (digits.matches("[0-9]{11}\\.0+")) {
			digits = digits.substring(0, 11);
		}
		return isValid(digits) ? digits : null;
	}

	/** {@code 138****1234}; another length keeps only its last 4 characters; blank for none. */
	public static String mask(String phone) {
		if (phone == null || phone.isEmpty()) {
			return "";
		}
		int length = phone.length();
		if (length == 11) {
			return phone.substring(0, 3) + "****" + phone.substring(7);
		}
		return length <= 4 ? "*".repeat(length) : "*".repeat(length - 4) + phone.substring(length - 4);
	}

}
