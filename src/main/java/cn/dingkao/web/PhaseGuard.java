package cn.dingkao.web;

import java.time.Clock;
import java.time.LocalDate;

import cn.dingkao.ruling.Phase;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Every web action belongs to a phase of the cycle (table cycle_phase, never hard-coded); outside it the
 * action is refused with the dates, and nothing changes after CLOSE.
 */
@Component
public class PhaseGuard {

	private final WebMapper mapper;

	private final Clock clock;

	private final int cycle;

	PhaseGuard(WebMapper mapper, Clock clock, @Value("${dingkao.web.cycle:2026}") int cycle) {
		this.mapper = mapper;
		this.clock = clock;
		this.cycle = cycle;
	}

	/** The cycle the web works on. */
	public int cycle() {
		return this.cycle;
	}

	public LocalDate today() {
		return LocalDate.now(this.clock);
	}

	public void require(Phase phase, String action) {
		WebMapper.PhaseDates dates = dates(phase);
		LocalDate today = today();
		if (today.isBefore(dates.startsOn()) || today.isAfter(dates.endsOn())) {
			throw new ActionRefused("「" + action + "」只能在" + phase.label() + "阶段（" + dates.startsOn() + " 至 "
					+ dates.endsOn() + "）进行，今天是 " + today + "。");
		}
	}

	/** For what may change any time until the channel closes (hides, office decisions). */
	public void requireBeforeClose(String action) {
		WebMapper.PhaseDates close = dates(Phase.CLOSE);
		if (!today().isBefore(close.startsOn())) {
			throw new ActionRefused("考核通道已于 " + close.startsOn() + " 关闭，不能再「" + action + "」。");
		}
	}

	public boolean isOpen(Phase phase) {
		WebMapper.PhaseDates dates = this.mapper.findPhase(this.cycle, phase.name());
		LocalDate today = today();
		return dates != null && !today.isBefore(dates.startsOn()) && !today.isAfter(dates.endsOn());
	}

	private WebMapper.PhaseDates dates(Phase phase) {
		WebMapper.PhaseDates dates = this.mapper.findPhase(this.cycle, phase.name());
		if (dates == null) {
			throw new ActionRefused(this.cycle + " 年度未配置「" + phase.label() + "」阶段，请联系定考办。");
		}
		return dates;
	}

}
