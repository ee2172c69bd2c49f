package cn.dingkao.feed;

import cn.dingkao.ruling.Cycle;
import cn.dingkao.system.Fingerprint;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * What a FULL delivery's rows are made from (issue 26): the cycle's results ({@link Fingerprint#results}), the
 * applications (specialty and simplified come from them: {@link Fingerprint#inputs}) and the build. Two
 * FULL deliveries with the same fingerprint hold the same rows but for decided_on, the business date.
 */
@Component
class FeedBasis {

	private final JdbcTemplate jdbc;

	FeedBasis(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	String of(Cycle cycle) {
		return new Fingerprint(this.jdbc).add(cycle.code())
			.results(cycle)
			.inputs("application")
			.build(FeedBasis.class)
			.hex();
	}

}
