package cn.dingkao.web;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Issue 25: one clock on every page — Spring Batch's machine times shown on the application's clock, in Beijing. */
class PageClockTests {

	private static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");

	/** 2026-12-07 15:10 in Beijing, as the wall says. */
	private static final Instant NOW = LocalDateTime.of(2026, 12, 7, 15, 10).atZone(BEIJING).toInstant();

	@Test
	@DisplayName("issue 25: a machine time in the JVM's zone is shown in Beijing time, the same instant")
	void machineTimeInBeijing() {
		PageClock clock = new PageClock(Clock.fixed(NOW, BEIJING), Clock.fixed(NOW, BEIJING));
		LocalDateTime machine = LocalDateTime.ofInstant(NOW.minus(Duration.ofMinutes(3)), ZoneId.systemDefault());
		assertThat(clock.fromMachine(machine)).isEqualTo(LocalDateTime.of(2026, 12, 7, 15, 7));
		assertThat(clock.fromMachine(null)).isNull();
		assertThat(clock.wallDate()).isEqualTo(clock.today());
	}

	@Test
	@DisplayName("issue 25: on a clock moved to 2026-08-11 a run started 3 minutes ago shows 3 minutes before the moved now")
	void movedClock() {
		Clock moved = Clock.offset(Clock.fixed(NOW, BEIJING),
				Duration.between(LocalDate.of(2026, 12, 7).atStartOfDay(), LocalDate.of(2026, 8, 11).atStartOfDay()));
		PageClock clock = new PageClock(moved, Clock.fixed(NOW, BEIJING));
		LocalDateTime machine = LocalDateTime.ofInstant(NOW.minus(Duration.ofMinutes(3)), ZoneId.systemDefault());
		assertThat(clock.fromMachine(machine)).isEqualTo(LocalDateTime.of(2026, 8, 11, 15, 7));
		assertThat(clock.today()).isEqualTo(LocalDate.of(2026, 8, 11));
		assertThat(clock.wallDate()).isEqualTo(LocalDate.of(2026, 12, 7));
	}

}
