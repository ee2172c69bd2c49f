package cn.dingkao.system;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * "Now" for every rule that depends on the day (phases of the cycle, lock-outs, 24 h delays, timestamps written).
 * {@code dingkao.clock.date=2026-05-10} moves today to that date while the time of day keeps running, so demos
 * and tests can stand on any day of the cycle.
 */
@Configuration(proxyBeanMethods = false)
class ClockConfiguration {

	static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");

	/** {@code dingkao.clock.date}: the day the application stands on; absent = the real date in Beijing. */
	@ConfigurationProperties("dingkao.clock")
	record ClockProperties(LocalDate date) {
	}

	@Bean
	Clock clock(ClockProperties properties) {
		Clock system = Clock.system(BEIJING);
		if (properties.date() == null) {
			return system;
		}
		LocalDate today = LocalDate.now(system);
		Duration shift = Duration.between(today.atStartOfDay(BEIJING), properties.date().atStartOfDay(BEIJING));
		return Clock.offset(system, shift);
	}

}
