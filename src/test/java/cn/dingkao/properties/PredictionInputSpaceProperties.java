package cn.dingkao.properties;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import cn.dingkao.batch.JobRunner;
import cn.dingkao.batch.RunParameters;
import cn.dingkao.generate.InputSetGenerator;
import cn.dingkao.generate.ReassessmentInboxGenerator;
import cn.dingkao.ruling.Cycle;
import cn.dingkao.system.CycleCalendars;
import cn.dingkao.testing.PropertyCheck;
import cn.dingkao.testing.Tables;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.Job;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 23's property on stored tables: on the day after CLOSE the daily prediction equals the ruling for every
 * physician, of random input sets of both cycles drawn as issue 21's input-space properties draw them (subsets of a
 * generated set in mixed formats, the 2026R inbox of its population), each run through the real nightly and predict
 * jobs on a real database. A failing case is shrunk and printed with its replay line ({@link PropertyCheck}).
 */
abstract class PredictionInputSpaceProperties {

	static final String SAME = """
			SELECT r.cert_no, r.outcome_code AS r_outcome, r.reasons AS r_reasons, r.ethics AS r_ethics,
			       r.performance AS r_performance, r.business AS r_business, p.outcome_code AS p_outcome,
			       p.reasons AS p_reasons, p.ethics AS p_ethics, p.performance AS p_performance, p.business AS p_business,
			       p.next_step
			  FROM result r LEFT JOIN prediction p ON p.cycle_year = r.cycle_year AND p.cert_no = r.cert_no
			 WHERE r.cycle_year = ?
			 ORDER BY r.cert_no""";

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	JobRunner jobRunner;

	@Autowired
	@Qualifier("nightlyJob")
	Job nightlyJob;

	@Autowired
	@Qualifier("predictJob")
	Job predictJob;

	@Autowired
	CycleCalendars calendars;

	@TempDir
	Path temp;

	private int runs;

	abstract int cases();

	@Test
	@DisplayName("issue 23 property: the day after CLOSE the stored prediction equals the stored ruling for every physician (2026 and 2026R), with no step left")
	void predictionIsTheRulingAfterClose() {
		PropertyCheck.forAll("prediction = ruling the day after CLOSE", cases(), InputSpaceProperties.InputCase::draw,
				InputSpaceProperties.InputCase::shrinks, this::check);
	}

	private void check(InputSpaceProperties.InputCase input) throws Exception {
		Tables.empty(this.jdbc);
		Path folder = Files.createDirectories(this.temp.resolve("case-" + (++this.runs)));
		Path in2026 = folder.resolve("in2026");
		Path out = folder.resolve("out");
		new InputSetGenerator(InputSpaceProperties.Y2026).generate(InputSpaceProperties.UNIVERSE, input.physicians(),
				input.seed(), in2026, input.mixed());
		run(this.nightlyJob, InputSpaceProperties.Y2026, InputSpaceProperties.NIGHT_2026, in2026, out);
		run(this.predictJob, InputSpaceProperties.Y2026, InputSpaceProperties.NIGHT_2026, in2026, out);
		assertSame(InputSpaceProperties.Y2026);
		if (input.reassessment()) {
			Path in2026R = folder.resolve("in2026R");
			new ReassessmentInboxGenerator(this.jdbc, this.calendars.of(InputSpaceProperties.Y2026R))
				.generate(input.seed(), in2026R, input.mixed());
			run(this.nightlyJob, InputSpaceProperties.Y2026R, InputSpaceProperties.NIGHT_2026R, in2026R, out);
			run(this.predictJob, InputSpaceProperties.Y2026R, InputSpaceProperties.NIGHT_2026R, in2026R, out);
			assertSame(InputSpaceProperties.Y2026R);
		}
	}

	private void assertSame(Cycle cycle) {
		List<Map<String, Object>> rows = this.jdbc.queryForList(SAME, cycle.code());
		// a re-assessment's population may be empty (everyone of a small set passed 2026): then so are its predictions
		for (Map<String, Object> row : rows) {
			List<Object> values = new ArrayList<>(row.values());
			assertThat(values.subList(6, 11)).as("prediction of %s in %s", row.get("cert_no"), cycle)
				.isEqualTo(values.subList(1, 6));
			assertThat(values.get(11)).as("no step left after CLOSE for %s", row.get("cert_no")).isNull();
		}
		assertThat(this.jdbc.queryForObject("SELECT COUNT(*) FROM prediction WHERE cycle_year = ?", Integer.class,
				cycle.code())).as("a prediction per result of %s", cycle).isEqualTo(rows.size());
	}

	/** Runs the job for this case: again when an earlier case completed the same cycle and date. */
	private void run(Job job, Cycle cycle, LocalDate date, Path input, Path out) throws Exception {
		var execution = this.jobRunner.run(job, RunParameters.of(cycle, date, input, out).toJobParameters(), true)
			.execution();
		assertThat(execution.getStatus()).as("%s of %s on %s: %s", job.getName(), cycle, date,
				execution.getAllFailureExceptions()).isEqualTo(BatchStatus.COMPLETED);
	}

}
