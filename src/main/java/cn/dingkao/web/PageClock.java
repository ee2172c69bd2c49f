package cn.dingkao.web;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * The one clock of the pages: every time a page shows is Beijing time on the application's clock, the clock that
 * stamps the audit trail, the deliveries and the counts. Spring Batch stamps its runs with the machine's own clock
 * in the machine's zone (often UTC on a server): those stamps are brought onto the application's clock here, so a
 * run started a minute after a change is shown a minute after it, not 8 hours (or, on a demo clock moved with
 * {@code dingkao.clock.date}, months) away.
 */
@Component
public class PageClock {

	static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");

	private final Clock clock;

	private final Clock wall;

	@Autowired
	PageClock(Clock clock) {
		this(clock, Clock.system(BEIJING));
	}

	/** With the wall's clock given (tests). */
	PageClock(Clock clock, Clock wall) {
		this.clock = clock;
		this.wall = wall;
	}

	/** A time the machine's clock wrote in the JVM's zone (Spring Batch's start and end times), on this clock. */
	public LocalDateTime fromMachine(LocalDateTime machineTime) {
		if (machineTime == null) {
			return null;
		}
		Instant real = machineTime.atZone(ZoneId.systemDefault()).toInstant();
		Duration shift = Duration.between(this.wall.instant(), this.clock.instant());
		return LocalDateTime.ofInstant(real.plus(shift), BEIJING);
	}

	/** Today on the application's clock: the business date the pages work on. */
	public LocalDate today() {
		return LocalDate.now(this.clock.withZone(BEIJING));
	}

	/** Today on the wall, in Beijing; differs from {@link #today()} only on a clock moved for a demo or a test. */
	public LocalDate wallDate() {
		return LocalDate.now(this.wall);
	}

}
