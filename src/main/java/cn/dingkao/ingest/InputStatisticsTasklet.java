package cn.dingkao.ingest;

import java.util.List;

import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Last step of the import: refreshes the optimizer's statistics of the input tables it has just filled. MySQL
 * recounts a table in the background only after a tenth of it changed and some seconds passed; until then a
 * ruling that follows at once is planned with the figures of an empty table, and MariaDB chose to walk a whole
 * cycle of applications for every page of physicians instead of the page's range (8.6 of the ruling's seconds at
 * 150,000 physicians). ANALYZE only samples index pages, so it costs milliseconds. A step of its own: ANALYZE
 * commits the open transaction, and here nothing else is in it.
 */
final class InputStatisticsTasklet implements Tasklet {

	static final List<String> INPUT_TABLES = List.of("institution", "physician", "physician_site", "application",
			"evaluation", "exam_attempt", "physician_hide", "input_conflict");

	private final JdbcTemplate jdbc;

	InputStatisticsTasklet(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) {
		for (String table : INPUT_TABLES) {
			this.jdbc.execute("analyze table " + table);
		}
		return RepeatStatus.FINISHED;
	}

}
