package cn.dingkao.web;

import java.time.LocalDate;

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
