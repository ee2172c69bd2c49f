package cn.dingkao.ruling;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An assessment cycle, named by its code (spec "The re-assessment"): the year ({@code 2026}) for the regular
 * cycle, the year and {@code R} ({@code 2026R}) for its re-assessment (再次考核) in the first half of the next year.
 * The code is what the inputs' {@code cycle_year} column, {@code --cycle}, the tables and the feed carry: a cycle
 * travels through the program as a {@code Cycle} and becomes its code only where it is stored, bound or printed
 * (never a number: {@code 2026R} is none). Codes sort as text in the order of {@link #compareTo} — every year has four
 * digits and {@code 2026} is a prefix of {@code 2026R} — so SQL may order and range-compare the stored codes.
 */
public record Cycle(int year, boolean reassessment) implements Comparable<Cycle> {

	private static final Pattern CODE = Pattern.compile("(\\d{4})([Rr]?)");

	public Cycle {
		if (year < 1900 || year > 9999) {
			throw new IllegalArgumentException("考核年度应为四位年份 (cycle year must have four digits): " + year);
		}
	}

	/** The regular cycle of a year. */
	public static Cycle regular(int year) {
		return new Cycle(year, false);
	}

	/**
	 * The cycle named by a code: {@code 2026} or {@code 2026R} (trimmed, {@code r} accepted, a plain year still
	 * meaning the regular cycle).
	 *
	 * @throws IllegalArgumentException when the text names no cycle
	 */
	public static Cycle of(String code) {
		Cycle plain = code == null ? null : plain(code);
		if (plain != null) {
			return plain;
		}
		Matcher matcher = code == null ? null : CODE.matcher(code.trim());
		if (matcher == null || !matcher.matches()) {
			throw new IllegalArgumentException("考核年度应为四位年份或年份加R（如 2026、2026R） (a cycle is a year or a year"
					+ " and R, e.g. 2026 or 2026R): " + code);
		}
		return new Cycle(Integer.parseInt(matcher.group(1)), !matcher.group(2).isEmpty());
	}

	/**
	 * Four digits, or four digits and R, exactly (what nearly every line of an input file says): the cycle without
	 * the pattern, which the import ran for every line (issue 26); null for anything else.
	 */
	private static Cycle plain(String code) {
		int length = code.length();
		if (length != 4 && !(length == 5 && (code.charAt(4) == 'R' || code.charAt(4) == 'r'))) {
			return null;
		}
		int year = 0;
		for (int i = 0; i < 4; i++) {
			char c = code.charAt(i);
			if (c < '0' || c > '9') {
				return null;
			}
			year = year * 10 + (c - '0');
		}
		return year < 1900 ? null : new Cycle(year, length == 5);
	}

	/** {@code 2026} or {@code 2026R}. */
	public String code() {
		return Codes.of(this);
	}

	/**
	 * The codes of the years in use, made once: every staged, ruled and delivered row binds its cycle's code, and a
	 * new String each time was a visible part of the import (issue 26).
	 */
	private static final class Codes {

		private static final int FIRST = 2000;

		private static final String[] REGULAR = new String[200];

		private static final String[] REASSESSMENT = new String[200];

		static {
			for (int i = 0; i < REGULAR.length; i++) {
				REGULAR[i] = String.valueOf(FIRST + i);
				REASSESSMENT[i] = (FIRST + i) + "R";
			}
		}

		static String of(Cycle cycle) {
			int i = cycle.year - FIRST;
			if (i < 0 || i >= REGULAR.length) {
				return cycle.reassessment ? cycle.year + "R" : String.valueOf(cycle.year);
			}
			return cycle.reassessment ? REASSESSMENT[i] : REGULAR[i];
		}

	}

	/** The cycle whose results decide who is re-assessed, and whose period, age and title rules apply. */
	public Cycle base() {
		return regular(year);
	}

	/** The re-assessment of this cycle. */
	public Cycle reassessmentCycle() {
		return new Cycle(year, true);
	}

	/** How people name it: 2026年度 / 2026年度再次考核. */
	public String title() {
		return year + "年度" + (reassessment ? "再次考核" : "");
	}

	@Override
	public int compareTo(Cycle other) {
		int byYear = Integer.compare(year, other.year);
		return byYear != 0 ? byYear : Boolean.compare(reassessment, other.reassessment);
	}

	@Override
	public String toString() {
		return code();
	}

}
