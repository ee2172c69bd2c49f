package cn.dingkao.reconcile;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import cn.dingkao.ruling.Cycle;
import cn.dingkao.ruling.ResultStanding;
import cn.dingkao.system.CycleCalendars;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The standing of a cycle's results (issue 23): the business date of the latest finished ruling run, and whether
 * that makes them final or a prediction. Every ruling run stands for every physician of the cycle — one that rules
 * only the physicians whose records changed leaves the others' results as ruling them would (issue 26,
 * RulingScope) — so the latest run is the data date of every result row, also of those it left unchanged.
 */
@Component
public class ResultStandings {

	private final JdbcTemplate jdbc;

	private final CycleCalendars calendars;

	ResultStandings(JdbcTemplate jdbc, CycleCalendars calendars) {
		this.jdbc = jdbc;
		this.calendars = calendars;
	}

	/** Empty when the cycle has no finished ruling run or no timeline. */
	public Optional<ResultStanding> of(Cycle cycle) {
		List<LocalDate> latest = this.jdbc.query("""
				SELECT business_date FROM ruling_run
				 WHERE cycle_year = ? AND finished_at IS NOT NULL ORDER BY id DESC LIMIT 1""",
				(rs, row) -> rs.getObject(1, LocalDate.class), cycle.code());
		if (latest.isEmpty()) {
			return Optional.empty();
		}
		return this.calendars.find(cycle).map(calendar -> ResultStanding.of(calendar, latest.get(0)));
	}

}
