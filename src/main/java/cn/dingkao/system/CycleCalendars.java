package cn.dingkao.system;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import cn.dingkao.ruling.Cycle;
import cn.dingkao.ruling.CycleCalendar;
import cn.dingkao.ruling.Phase;
import cn.dingkao.ruling.PhaseDates;

import org.springframework.stereotype.Component;

/**
 * The timelines of the cycles, as configured in table {@code cycle_phase}, and "today" from the one {@link Clock}.
 * Every part of the program that asks a date question of a cycle gets its {@link CycleCalendar} here. Read on every
 * call (a few rows), so a timeline corrected in the table is seen at once.
 */
@Component
public class CycleCalendars {

	private final CalendarMapper mapper;

	private final Clock clock;

	CycleCalendars(CalendarMapper mapper, Clock clock) {
		this.mapper = mapper;
		this.clock = clock;
	}

	/**
	 * The timeline of a cycle.
	 *
	 * @throws IllegalStateException when the table holds no usable timeline for it (the message names the table)
	 */
	public CycleCalendar of(Cycle cycle) {
		return find(cycle).orElseThrow(() -> new IllegalStateException("考核年度 " + cycle
				+ " 没有时间安排（cycle_phase 表中没有该年度的阶段） (no timeline for cycle " + cycle + " in table cycle_phase)"));
	}

	public Optional<CycleCalendar> find(Cycle cycle) {
		List<CalendarMapper.PhaseRow> rows = this.mapper.phases(cycle);
		if (rows.isEmpty()) {
			return Optional.empty();
		}
		return Optional.of(calendar(cycle, rows));
	}

	/** Every configured cycle, oldest first. */
	public List<CycleCalendar> all() {
		Map<Cycle, List<CalendarMapper.PhaseRow>> byCycle = new TreeMap<>();
		for (CalendarMapper.PhaseRow row : this.mapper.allPhases()) {
			byCycle.computeIfAbsent(row.cycle(), c -> new ArrayList<>()).add(row);
		}
		List<CycleCalendar> calendars = new ArrayList<>();
		byCycle.forEach((cycle, rows) -> calendars.add(calendar(cycle, rows)));
		return calendars;
	}

	/**
	 * Spec "Web": the cycle whose timeline contains the day is the active one; else the latest that has begun;
	 * empty when none has begun yet.
	 */
	public Optional<CycleCalendar> activeOn(LocalDate day) {
		List<CycleCalendar> calendars = all();
		Optional<CycleCalendar> containing = calendars.stream()
			.filter(c -> !day.isBefore(c.firstDay()) && !day.isAfter(c.lastDay()))
			.reduce((earlier, later) -> later);
		if (containing.isPresent()) {
			return containing;
		}
		return calendars.stream().filter(c -> !day.isBefore(c.firstDay())).reduce((earlier, later) -> later);
	}

	/** Today in Beijing, from the application's clock (movable for demos: {@code dingkao.clock.date}). */
	public LocalDate today() {
		return LocalDate.now(this.clock);
	}

	private static CycleCalendar calendar(Cycle cycle, List<CalendarMapper.PhaseRow> rows) {
		Map<Phase, PhaseDates> phases = new EnumMap<>(Phase.class);
		for (CalendarMapper.PhaseRow row : rows) {
			phases.put(row.phase(), new PhaseDates(row.startsOn(), row.endsOn()));
		}
		return new CycleCalendar(cycle, phases);
	}

}
