package cn.dingkao.system;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * "Now" for every rule that depends on the day (phases of the cycle, lock-outs, 24 h delays).
 * {@code dingkao.clock.date=2026-05-10} moves today to that date while the time of day keeps running,
 * so demos and tests can stand on any day of the cycle.
 */
@Configuration(proxyBeanMethods = false)
class ClockConfiguration {

	static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");

	@Bean
	Clock clock(@Value("${dingkao.clock.date:}") String date) {
		Clock system = Clock.system(BEIJING);
		if (date == null || date.isBlank()) {
			return system;
		}
		LocalDate today = LocalDate.now(system);
		Duration shift = Duration.between(today.atStartOfDay(BEIJING), LocalDate.parse(date.trim()).atStartOfDay(BEIJING));
		return Clock.offset(system, shift);
	}

}
