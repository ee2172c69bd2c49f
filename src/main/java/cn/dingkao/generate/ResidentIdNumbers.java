package cn.dingkao.generate;

/**
 * GB 11643-1999 citizen identity numbers: 6-digit area code, 8-digit birth date, 3-digit sequence (odd = male),
 * check character (ISO 7064 MOD 11-2).
 */
final class ResidentIdNumbers {

	private static final int[] WEIGHTS = { 7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2 };

	private static final String CHECK = "10X98765432";

	private ResidentIdNumbers() {
	}

	static char checkCharacter(CharSequence first17) {
		int sum = 0;
		for (int i = 0; i < 17; i++) {
			sum += (first17.charAt(i) - '0') * WEIGHTS[i];
		}
		return CHECK.charAt(sum % 11);
	}

	static boolean isValid(String number) {
		if (number == null || number.length() != 18) {
			return false;
		}
		for (int i = 0; i < 17; i++) {
			if (!Character.isDigit(number.charAt(i))) {
				return false;
			}
		}
		return number.charAt(17) == checkCharacter(number);
	}

}
