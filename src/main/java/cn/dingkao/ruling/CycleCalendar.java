package cn.dingkao.ruling;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;

/**
 * The timeline of one cycle (附件1 for 2026; spec "The re-assessment" for 2026R): its phases with their dates, read
 * from table {@code cycle_phase} and never written into code. The one place that answers every date question of a
 * cycle — the ruling's windows, the web's phase checks, the feed's window and the nightly schedule all ask here.
 */
public final class CycleCalendar {

	private final Cycle cycle;

	private final Map<Phase, PhaseDates> phases;

	/** The last day whose records count: CLOSE, or an earlier day for a prediction ({@link #closingOn}). */
	private final LocalDate recordsThrough;

	public CycleCalendar(Cycle cycle, Map<Phase, PhaseDates> phases) {
		this(cycle, phases, null);
	}

	private CycleCalendar(Cycle cycle, Map<Phase, PhaseDates> phases, LocalDate recordsThrough) {
		if (cycle == null) {
			throw new IllegalArgumentException("cycle is required");
		}
		this.cycle = cycle;
		this.phases = phases.isEmpty() ? Map.of() : Collections.unmodifiableMap(new EnumMap<>(phases));
		PhaseDates registration = this.phases.get(Phase.REGISTRATION);
		PhaseDates close = this.phases.get(Phase.CLOSE);
		if (registration == null || close == null) {
			throw new IllegalArgumentException("考核年度 " + cycle + " 的时间安排缺少" + (registration == null ? "网上报名" : "考核通道关闭")
					+ "阶段（cycle_phase 表） (the timeline of cycle " + cycle + " lacks "
					+ (registration == null ? "REGISTRATION" : "CLOSE") + " in table cycle_phase)");
		}
		if (close.startsOn().isBefore(registration.startsOn())) {
			throw new IllegalArgumentException("CLOSE " + close.startsOn() + " is before REGISTRATION start "
					+ registration.startsOn() + " (cycle " + cycle + ")");
		}
		this.recordsThrough = recordsThrough == null ? close.startsOn() : recordsThrough;
	}

	/** A timeline with only the two dates the ruling needs (tests and tools). */
	public static CycleCalendar of(Cycle cycle, LocalDate registrationStart, LocalDate close) {
		return new CycleCalendar(cycle, Map.of(Phase.REGISTRATION, new PhaseDates(registrationStart, registrationStart),
				Phase.CLOSE, new PhaseDates(close, close)));
	}

	public Cycle cycle() {
		return cycle;
	}

	/** The dates of a phase, empty when this cycle's timeline does not configure it. */
	public Optional<PhaseDates> dates(Phase phase) {
		return Optional.ofNullable(phases.get(phase));
	}

	public LocalDate registrationStart() {
		return phases.get(Phase.REGISTRATION).startsOn();
	}

	/** The day the assessment channel closes (考核通道关闭): changes made on it still count. */
	public LocalDate close() {
		return phases.get(Phase.CLOSE).startsOn();
	}

	/**
	 * Spec §The ruling: the period of cycle Y runs from (Y-2)-01-01 (plan §二: 考核周期自2024年至2026年); a
	 * re-assessment is judged on the period of its base cycle (spec "The re-assessment").
	 */
	public LocalDate periodStart() {
		return LocalDate.of(cycle.year() - 2, 1, 1);
	}

	/** Spec §The ruling: the period of cycle Y ends on Y-12-31 (also for its re-assessment). */
	public LocalDate periodEnd() {
		return LocalDate.of(cycle.year(), 12, 31);
	}

	public boolean inPeriod(LocalDate date) {
		return date != null && !date.isBefore(periodStart()) && !date.isAfter(periodEnd());
	}

	/** Spec §The ruling: the assessment window is REGISTRATION start … CLOSE, both days included. */
	public boolean inAssessmentWindow(LocalDate date) {
		return date != null && !date.isBefore(registrationStart()) && !date.isAfter(close());
	}

	/**
	 * Spec §The ruling: a record dated "after CLOSE" — a calendar day later than the CLOSE date (the CLOSE day still
	 * counts) — does not count; in a prediction ({@link #closingOn}), one dated after the day predicted for.
	 */
	public boolean isAfterClose(LocalDateTime moment) {
		return moment != null && moment.toLocalDate().isAfter(this.recordsThrough);
	}

	/** Spec "Timeline": nothing may change after CLOSE; on the CLOSE day itself changes are still allowed. */
	public boolean isAfterClose(LocalDate day) {
		return day.isAfter(close());
	}

	/** True when the day falls in the phase and the channel has not closed (a phase never reopens it). */
	public boolean isOpen(Phase phase, LocalDate day) {
		PhaseDates dates = phases.get(phase);
		return dates != null && dates.contains(day) && !isAfterClose(day);
	}

	/** Spec "Timeline": the feed may be delivered on any day after CLOSE, never before results stop changing. */
	public boolean feedOpen(LocalDate day) {
		return isAfterClose(day);
	}

	/**
	 * The nightly run's days (spec "Jobs and schedule": a cycle's schedule follows its VERIFICATION and CLOSE): from
	 * the start of VERIFICATION, when the offices start checking the nightly reconciliation, to the end of the month
	 * of CLOSE — every day of August for 2026, of July 2027 for 2026R — and in any case the day after CLOSE, the
	 * first night the feed may be delivered. Without VERIFICATION configured, from REGISTRATION.
	 */
	public boolean nightlyOn(LocalDate day) {
		LocalDate first = dates(Phase.VERIFICATION).map(PhaseDates::startsOn).orElse(registrationStart());
		LocalDate endOfCloseMonth = close().withDayOfMonth(close().lengthOfMonth());
		LocalDate last = endOfCloseMonth.isAfter(close()) ? endOfCloseMonth : close().plusDays(1);
		return !day.isBefore(first) && !day.isAfter(last);
	}

	/**
	 * Spec "Seeing it coming": the timeline as if CLOSE were {@code day} — for a prediction, every record dated after
	 * it counts as not arrived ({@link #isAfterClose(LocalDateTime)}). The phases stay as they are, so the assessment
	 * window of rule 2 (who registered during the cycle) is the cycle's own: the prediction is the ruling that CLOSE
	 * would give if nothing else arrived. A day on or after CLOSE changes nothing: the prediction is the ruling.
	 */
	public CycleCalendar closingOn(LocalDate day) {
		if (!day.isBefore(this.recordsThrough)) {
			return this;
		}
		return new CycleCalendar(this.cycle, this.phases, day);
	}

	/**
	 * The deadline of a step: the last day of its phase (spec "Seeing it coming"); CLOSE when the timeline does not
	 * configure that phase, since nothing counts after it.
	 */
	public LocalDate deadline(Step step) {
		return dates(step.phase()).map(PhaseDates::endsOn).orElse(close());
	}

	/**
	 * The days the daily prediction runs (spec "Seeing it coming"; issue 23): every morning from the first day of
	 * REGISTRATION to CLOSE, both included — while a step can still be taken.
	 */
	public boolean predictionOn(LocalDate day) {
		return !day.isBefore(registrationStart()) && !day.isAfter(close());
	}

	/**
	 * Whether results that stand on a business date are the cycle's final results: only a ruling on a day after
	 * CLOSE is; an earlier one is a prediction (预计), since records may still arrive until the channel closes.
	 */
	public boolean finalOn(LocalDate dataDate) {
		return dataDate != null && isAfterClose(dataDate);
	}

	/** The first day of the timeline (its earliest phase): from then on the cycle has begun. */
	public LocalDate firstDay() {
		return phases.values().stream().map(PhaseDates::startsOn).min(LocalDate::compareTo).orElseThrow();
	}

	/** The last day of the timeline (its latest phase, usually FEED). */
	public LocalDate lastDay() {
		return phases.values().stream().map(PhaseDates::endsOn).max(LocalDate::compareTo).orElseThrow();
	}

	@Override
	public String toString() {
		return "CycleCalendar" + phases + " of " + cycle;
	}

}
