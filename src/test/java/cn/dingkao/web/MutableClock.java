package cn.dingkao.web;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;

/** A clock the tests move through the cycle (the app's {@code Clock} bean in tests). */
public class MutableClock extends Clock {

	private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

	private volatile Instant now = Instant.now();

	public void setDate(LocalDate date) {
		this.now = date.atTime(LocalTime.of(10, 0)).atZone(ZONE).toInstant();
	}

	public void advance(Duration duration) {
		this.now = this.now.plus(duration);
	}

	@Override
	public ZoneId getZone() {
		return ZONE;
	}

	@Override
	public Clock withZone(ZoneId zone) {
		return this;
	}

	@Override
	public Instant instant() {
		return this.now;
	}

}
