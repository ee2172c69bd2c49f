package cn.dingkao.reconcile;

import java.nio.file.Path;
import java.time.LocalDate;

import cn.dingkao.batch.JobRunner;
import cn.dingkao.ruling.Cycle;
import cn.dingkao.testing.Tables;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code import} + {@code rule} on {@code sample-input/}, checked physician by physician against
 * {@code sample-input/expected-results.csv}, which was worked out by hand from the spec (each line says why).
 */
abstract class SampleRulingFunctionalTestsBase {

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	JobRunner jobRunner;

	@Autowired
	@Qualifier("importJob")
	Job importJob;

	@Autowired
	@Qualifier("ruleJob")
	Job ruleJob;

	@TempDir
	Path out;

	@Test
	void everyPhysicianOfTheSampleGetsTheHandWorkedResult() throws Exception {
		Tables.empty(this.jdbc);
		JobParameters parameters = new JobParametersBuilder().addString("cycle", "2026")
			.addLocalDate("date", LocalDate.of(2026, 8, 11))
			.addString("input", Path.of("sample-input").toAbsolutePath().toString(), false)
			.addString("out", this.out.toString(), false)
			.toJobParameters();
		assertThat(this.jobRunner.run(this.importJob, parameters, true).execution().getStatus())
			.isEqualTo(BatchStatus.COMPLETED);
		assertThat(this.jobRunner.run(this.ruleJob, parameters, true).execution().getStatus())
			.isEqualTo(BatchStatus.COMPLETED);

		ExpectedResults expected = ExpectedResults.read(Path.of("sample-input/expected-results.csv"));
		assertThat(expected.mismatches(this.jdbc, Cycle.regular(2026)))
			.as("physicians whose ruling differs from expected-results.csv")
			.isEmpty();
		assertThat(expected.lines).hasSize(this.jdbc.queryForObject("SELECT COUNT(*) FROM physician", Integer.class));
	}

}
