package cn.dingkao.ruling;

import java.time.LocalDate;

/** The first and last day of one phase of a cycle's timeline, both included. */
public record PhaseDates(LocalDate startsOn, LocalDate endsOn) {

	public PhaseDates {
		if (startsOn == null || endsOn == null || endsOn.isBefore(startsOn)) {
			throw new IllegalArgumentException("a phase needs a start and an end not before it: " + startsOn + " … " + endsOn);
		}
	}

	public boolean contains(LocalDate day) {
		return day != null && !day.isBefore(startsOn) && !day.isAfter(endsOn);
	}

	@Override
	public String toString() {
		return startsOn + " 至 " + endsOn;
	}

}
