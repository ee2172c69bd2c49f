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
		int sum = 0;
		for (int i = 0; i < 17; i++) {
			sum += (first17.charAt(i) - '0') * WEIGHTS[i];
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
		String number = certNo.trim().toUpperCase();
		if (!number.matches("\\d{17}[\\dX]")) {
			return false;
		}
		return checkDigit(number.substring(0, 17)) == number.charAt(17) && segmentDate(number).isPresent();
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
