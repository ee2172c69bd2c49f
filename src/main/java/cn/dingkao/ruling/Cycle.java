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
		Matcher matcher = code == null ? null : CODE.matcher(code.trim());
		if (matcher == null || !matcher.matches()) {
			throw new IllegalArgumentException("考核年度应为四位年份或年份加R（如 2026、2026R） (a cycle is a year or a year"
					+ " and R, e.g. 2026 or 2026R): " + code);
		}
		return new Cycle(Integer.parseInt(matcher.group(1)), !matcher.group(2).isEmpty());
	}

	/** {@code 2026} or {@code 2026R}. */
	public String code() {
		return reassessment ? year + "R" : String.valueOf(year);
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
