package cn.dingkao.schedule;

import java.time.LocalDate;

import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.flow.FlowExecutionStatus;
import org.springframework.batch.core.job.flow.JobExecutionDecider;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The feed goes to the registry only after CLOSE (spec: "after CLOSE" = a calendar day later than the
 * CLOSE date): before that the data may still change, and a delivered feed cannot be taken back.
 */
@Component
class FeedDayDecider implements JobExecutionDecider {

	static final String FEED = "FEED";

	static final String NOT_YET = "NOT_YET";

	private final JdbcTemplate jdbc;

	FeedDayDecider(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public FlowExecutionStatus decide(JobExecution jobExecution, StepExecution stepExecution) {
		long cycle = jobExecution.getJobParameters().getLong("cycle");
		LocalDate date = jobExecution.getJobParameters().getLocalDate("date");
		return new FlowExecutionStatus(isAfterClose(cycle, date) ? FEED : NOT_YET);
	}

	boolean isAfterClose(long cycle, LocalDate date) {
		LocalDate close = this.jdbc.query("SELECT starts_on FROM cycle_phase WHERE cycle_year = ? AND phase = 'CLOSE'",
				(rs, n) -> rs.getObject(1, LocalDate.class), cycle).stream().findFirst().orElse(null);
		return close != null && date.isAfter(close);
	}

}
