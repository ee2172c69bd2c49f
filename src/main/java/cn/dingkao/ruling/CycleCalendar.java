package cn.dingkao.ruling;

import java.time.LocalDate;
import java.time.LocalDateTime;

/**
 * The dates of cycle Y the ruling needs. Everything is derived from the cycle year and the configured phases, so
 * no date of cycle 2026 is written into the rules.
 */
public record CycleCalendar(int cycleYear, LocalDate registrationStart, LocalDate close, LocalDate businessDate) {

	public CycleCalendar {
		if (registrationStart == null || close == null || businessDate == null) {
			throw new IllegalArgumentException("registrationStart, close and businessDate are required");
		}
		if (close.isBefore(registrationStart)) {
			throw new IllegalArgumentException("CLOSE " + close + " is before REGISTRATION start " + registrationStart);
		}
	}

	/** Spec §The ruling: the period of cycle Y starts on (Y-2)-01-01 (plan §二: 考核周期自2024年至2026年). */
	public LocalDate periodStart() {
		return LocalDate.of(cycleYear - 2, 1, 1);
	}

	/** Spec §The ruling: the period of cycle Y ends on Y-12-31. */
	public LocalDate periodEnd() {
		return LocalDate.of(cycleYear, 12, 31);
	}

	public boolean inPeriod(LocalDate date) {
		return date != null && !date.isBefore(periodStart()) && !date.isAfter(periodEnd());
	}

	/** Spec §The ruling: the assessment window is REGISTRATION start … CLOSE, both days included. */
	public boolean inAssessmentWindow(LocalDate date) {
		return date != null && !date.isBefore(registrationStart) && !date.isAfter(close);
	}

	/** Spec §The ruling: "after CLOSE" = a calendar day later than the CLOSE date (the CLOSE day still counts). */
	public boolean isAfterClose(LocalDateTime moment) {
		return moment != null && moment.toLocalDate().isAfter(close);
	}

}
