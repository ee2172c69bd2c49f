package cn.dingkao.operations;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import cn.dingkao.ruling.Cycle;
import cn.dingkao.ruling.CycleCalendar;
import cn.dingkao.system.CycleCalendars;

import org.springframework.stereotype.Component;

/**
 * How the nights are going, from the job repository: for each cycle whose timeline has a nightly run today
 * ({@link CycleCalendar#nightlyOn}), whether today's run has completed — and, once the due time has passed
 * ({@code dingkao.operations.nightly-due}, 06:00), a night that has not is missing — and the latest nightly run of
 * any cycle with its outcome. The health indicator and the metrics both ask here, so they never disagree.
 */
@Component
class NightlyWatch {

	/** How far back the nightly runs are read: the longest nightly season (a month) with room. */
	private static final int DAYS_READ = 40;

	private final OperationsMapper mapper;

	private final CycleCalendars calendars;

	private final Clock clock;

	private final OperationsProperties properties;

	NightlyWatch(OperationsMapper mapper, CycleCalendars calendars, Clock clock, OperationsProperties properties) {
		this.mapper = mapper;
		this.calendars = calendars;
		this.clock = clock;
		this.properties = properties;
	}

	State state() {
		ZonedDateTime now = ZonedDateTime.now(this.clock);
		LocalDate today = now.toLocalDate();
		List<OperationsMapper.NightlyExecution> runs = this.mapper
			.nightlyExecutions(LocalDateTime.now().minusDays(DAYS_READ));
		boolean pastDue = !now.toLocalTime().isBefore(this.properties.nightlyDue());
		List<Night> nights = new ArrayList<>();
		for (CycleCalendar calendar : this.calendars.all()) {
			Cycle cycle = calendar.cycle();
			Optional<OperationsMapper.NightlyExecution> lastSuccess = runs.stream()
				.filter(run -> cycle.code().equals(run.cycle()) && "COMPLETED".equals(run.status()))
				.findFirst();
			boolean due = calendar.nightlyOn(today);
			boolean doneToday = runs.stream()
				.anyMatch(run -> cycle.code().equals(run.cycle()) && today.toString().equals(run.businessDate())
						&& "COMPLETED".equals(run.status()));
			nights.add(new Night(cycle, due, doneToday, due && !doneToday && pastDue,
					lastSuccess.map(OperationsMapper.NightlyExecution::endTime).orElse(null)));
		}
		return new State(today, this.properties.nightlyDue(), nights, runs.isEmpty() ? null : runs.get(0));
	}

	/**
	 * @param latest the latest nightly run of any cycle (started within the last weeks), null when none
	 */
	record State(LocalDate today, LocalTime due, List<Night> nights, OperationsMapper.NightlyExecution latest) {

		boolean latestFailed() {
			return this.latest != null && !Objects.equals(this.latest.status(), "COMPLETED")
					&& !Objects.equals(this.latest.status(), "STARTED") && !Objects.equals(this.latest.status(), "STARTING");
		}

		boolean anyMissing() {
			return this.nights.stream().anyMatch(Night::missing);
		}

	}

	/**
	 * One cycle's night today.
	 *
	 * @param due the cycle's timeline has a nightly run today
	 * @param completed today's run has completed
	 * @param missing due, not completed, and the due time has passed
	 * @param lastSuccess when the cycle's latest completed night ended (job repository time), null when none
	 */
	record Night(Cycle cycle, boolean due, boolean completed, boolean missing, LocalDateTime lastSuccess) {
	}

}
