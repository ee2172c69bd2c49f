package cn.dingkao.web;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Optional;

import cn.dingkao.ruling.Cycle;
import cn.dingkao.ruling.CycleCalendar;
import cn.dingkao.ruling.Phase;
import cn.dingkao.ruling.PhaseDates;
import cn.dingkao.system.CycleCalendars;

import org.springframework.stereotype.Component;

/**
 * Every web action belongs to a phase of the active cycle's timeline ({@link CycleCalendar}, from table
 * cycle_phase, never hard-coded); outside it the action is refused with the dates. Nothing changes after CLOSE;
 * on the CLOSE day itself changes are still allowed, as the ruling still counts records of that day.
 */
@Component
public class PhaseGuard {

	private static final DateTimeFormatter MONTH_DAY = DateTimeFormatter.ofPattern("M月d日");

	private final CycleCalendars calendars;

	PhaseGuard(CycleCalendars calendars) {
		this.calendars = calendars;
	}

	/** The cycle the web works on: the active one on today's date (spec "Web"). */
	public Cycle cycle() {
		return calendar().cycle();
	}

	public LocalDate today() {
		return this.calendars.today();
	}

	public void require(Phase phase, String action) {
		CycleCalendar calendar = calendar();
		PhaseDates dates = dates(calendar, phase);
		LocalDate today = today();
		if (!calendar.isOpen(phase, today)) {
			throw new ActionRefused("「" + action + "」只能在" + phase.label() + "阶段（" + dates + "）进行，今天是 " + today + "。");
		}
	}

	/** For what may change any time until the channel closes (hides, office decisions): refused after CLOSE. */
	public void requireBeforeClose(String action) {
		CycleCalendar calendar = calendar();
		if (calendar.isAfterClose(today())) {
			throw new ActionRefused("考核通道已于 " + calendar.close() + " 关闭，不能再「" + action + "」。");
		}
	}

	public boolean isOpen(Phase phase) {
		return calendar().isOpen(phase, today());
	}

	/**
	 * The window of an action of one phase as a page shows it: open today, or a hint naming when it opens
	 * ("报名审核阶段 5月1日起"), that its phase has ended, or that the channel has closed.
	 */
	public PhaseWindow window(Phase phase, String action) {
		CycleCalendar calendar = calendar();
		LocalDate today = today();
		if (calendar.isOpen(phase, today)) {
			return PhaseWindow.opened();
		}
		if (calendar.isAfterClose(today)) {
			return PhaseWindow.closed(closedHint(calendar, action));
		}
		Optional<PhaseDates> dates = calendar.dates(phase);
		if (dates.isEmpty()) {
			return PhaseWindow.closed(calendar.cycle().title() + "未配置「" + phase.label() + "」阶段，不能" + action + "。");
		}
		if (today.isBefore(dates.get().startsOn())) {
			return PhaseWindow.closed(action + "在" + phase.label() + "阶段进行，" + monthDay(dates.get().startsOn()) + "起（"
					+ dates.get() + "）。");
		}
		return PhaseWindow.closed(phase.label() + "阶段（" + dates.get() + "）已结束，不能再" + action + "。");
	}

	/**
	 * The window of an action allowed from the start of phase {@code from} to the end of phase {@code to} (never after
	 * CLOSE).
	 */
	public PhaseWindow between(Phase from, Phase to, String action) {
		CycleCalendar calendar = calendar();
		LocalDate today = today();
		if (calendar.isAfterClose(today)) {
			return PhaseWindow.closed(closedHint(calendar, action));
		}
		Optional<PhaseDates> first = calendar.dates(from);
		Optional<PhaseDates> last = calendar.dates(to);
		if (first.isEmpty() || last.isEmpty()) {
			return PhaseWindow.closed(calendar.cycle().title() + "未配置「" + (first.isEmpty() ? from : to).label() + "」阶段，不能"
					+ action + "。");
		}
		if (today.isBefore(first.get().startsOn())) {
			return PhaseWindow.closed(action + "从" + from.label() + "阶段开始，" + monthDay(first.get().startsOn()) + "起。");
		}
		if (today.isAfter(last.get().endsOn())) {
			return PhaseWindow.closed(to.label() + "阶段已于 " + last.get().endsOn() + " 结束，不能再" + action + "。");
		}
		return PhaseWindow.opened();
	}

	/** The window of what may change any day until the channel closes (hides, registration, office decisions). */
	public PhaseWindow beforeClose(String action) {
		CycleCalendar calendar = calendar();
		return calendar.isAfterClose(today()) ? PhaseWindow.closed(closedHint(calendar, action)) : PhaseWindow.opened();
	}

	/** The phase today falls in, as the header names it; after CLOSE: 考核通道已关闭. */
	public String phaseToday() {
		CycleCalendar calendar = calendar();
		LocalDate today = today();
		if (calendar.isAfterClose(today)) {
			return "考核通道已关闭";
		}
		Phase current = null;
		for (Phase phase : Phase.values()) {
			if (calendar.dates(phase).map(d -> d.contains(today)).orElse(false)) {
				current = phase;
			}
		}
		if (current != null) {
			return current.label();
		}
		return today.isBefore(calendar.firstDay()) ? "尚未开始" : "阶段之间";
	}

	private static String closedHint(CycleCalendar calendar, String action) {
		return "考核通道已于 " + calendar.close() + " 关闭，不能再" + action + "。";
	}

	/** 5月1日: how the plan's timeline (附件1) names a day. */
	static String monthDay(LocalDate day) {
		return day.format(MONTH_DAY);
	}

	private CycleCalendar calendar() {
		LocalDate today = today();
		return this.calendars.activeOn(today)
			.or(() -> this.calendars.all().stream().findFirst())
			.orElseThrow(() -> new ActionRefused("尚未配置任何考核年度的时间安排，请联系定考办。"));
	}

	private static PhaseDates dates(CycleCalendar calendar, Phase phase) {
		return calendar.dates(phase)
			.orElseThrow(() -> new ActionRefused(calendar.cycle().title() + "未配置「" + phase.label() + "」阶段，请联系定考办。"));
	}

}
