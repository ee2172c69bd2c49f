package cn.dingkao.web;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/** A movable clock, so tests can stand on any day of the cycle. */
@TestConfiguration(proxyBeanMethods = false)
public class WebTestConfiguration {

	@Bean
	@Primary
	MutableClock testClock() {
		return new MutableClock();
	}

}
