package cn.dingkao.ruling;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Optional;

/** The 18-digit resident identity number of GB 11643-1999: check digit and birth date. */
public final class CertNumbers {

	private static final int[] WEIGHTS = { 7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2 };

	private static final char[] CHECK_CHARS = { '1', '0', 'X', '9', '8', '7', '6', '5', '4', '3', '2' };

	private CertNumbers() {
	}

	/** The check character (ISO 7064 MOD 11-2) for the first 17 digits. */
	public static char checkDigit(String first17) {
		if (first17 == null || first17.length() != 17 || !first17.chars().allMatch(Character::isDigit)) {
			throw new IllegalArgumentException("17 digits expected: " + first17);
		}
		return checkCharOf(first17);
	}

	/** The check character of the first 17 characters of {@code number}, known to be ASCII digits. */
	private static char checkCharOf(String number) {
		int sum = 0;
		for (int i = 0; i < 17; i++) {
			sum += (number.charAt(i) - '0') * WEIGHTS[i];
		}
		return CHECK_CHARS[sum % 11];
	}

	/**
	 * True for 17 digits + the right check character (x accepted for X) whose birth-date segment is a real date.
	 * Fifteen-digit numbers of the old format carry no check digit and are not valid any more.
	 */
	public static boolean isValid(String certNo) {
		if (certNo == null) {
			return false;
		}
		String number = certNo.trim();
		if (!isSeventeenDigitsAndCheck(number)) {
			return false;
		}
		return checkCharOf(number) == Character.toUpperCase(number.charAt(17)) && segmentDate(number).isPresent();
	}

	/**
	 * {@code \d{17}[\dXx]} by hand: the ruling checks every resident's number, and a regex compiled per call was a
	 * twelfth of the engine's time.
	 */
	private static boolean isSeventeenDigitsAndCheck(String number) {
		if (number.length() != 18) {
			return false;
		}
		for (int i = 0; i < 17; i++) {
			if (!isAsciiDigit(number.charAt(i))) {
				return false;
			}
		}
		char check = number.charAt(17);
		return isAsciiDigit(check) || check == 'X' || check == 'x';
	}

	private static boolean isAsciiDigit(char c) {
		return c >= '0' && c <= '9';
	}

	/** The birth date written in a valid 18-digit number; empty when the number is not valid. */
	public static Optional<LocalDate> birthDate(String certNo) {
		return isValid(certNo) ? segmentDate(certNo.trim()) : Optional.empty();
	}

	private static Optional<LocalDate> segmentDate(String number) {
		try {
			return Optional.of(LocalDate.of(Integer.parseInt(number.substring(6, 10)),
					Integer.parseInt(number.substring(10, 12)), Integer.parseInt(number.substring(12, 14))));
		}
		catch (DateTimeException ex) {
			return Optional.empty();
		}
	}

}
