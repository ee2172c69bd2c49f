package cn.dingkao.predict;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import cn.dingkao.batch.JobRunner;
import cn.dingkao.batch.RunParameters;
import cn.dingkao.reconcile.RulingFixtures;
import cn.dingkao.ruling.Cycle;
import cn.dingkao.testing.Tables;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The {@code predict} job on a real database (issue 23): one prediction per physician with the next step and its
 * deadline, the day's counts per institution and step, reruns that change nothing, a restart after a failure that
 * ends with the tables of a clean run, and the re-assessment's population.
 */
abstract class PredictJobFunctionalTestsBase {

	static final LocalDate JUNE_1 = LocalDate.of(2026, 6, 1);

	/** An inbox with no input files: the job's import finds nothing to read, the tables hold the fixtures. */
	static final Path NO_INPUT = Path.of("src/test/resources/web/no-input");

	static final String PREDICTIONS = """
			SELECT cert_no, main_org_code, district_code, outcome_code, ethics, performance, business, reasons,
			       next_step, next_actor, next_org, deadline, returned, exam_mode, tries_left, open_steps, content_hash,
			       predicted_on
			  FROM prediction ORDER BY cycle_year, cert_no""";

	static final String COUNTS = """
			SELECT cycle_year, business_date, org_code, district_code, step, physicians, at_risk, overdue
			  FROM prediction_count ORDER BY cycle_year, business_date, org_code, step""";

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	JobRunner jobRunner;

	@Autowired
	@Qualifier("predictJob")
	Job predictJob;

	@Autowired
	@Qualifier("ruleJob")
	Job ruleJob;

	RulingFixtures given;

	@BeforeEach
	void emptyTables() {
		Tables.empty(this.jdbc);
		this.given = new RulingFixtures(this.jdbc);
		this.given.institution("ORG_DX_1", "北京市大兴区人民医院", "110115")
			.institution("ORG_DX_2", "北京市大兴区中医医院", "110115")
			.institution("ORG_CY_1", "北京市朝阳区第一医院", "110105");
	}

	JobExecution predict(String cycle, LocalDate day) throws Exception {
		var parameters = RunParameters.of(Cycle.of(cycle), day, NO_INPUT, Path.of("target/predict-out"))
			.toJobParameters();
		return this.jobRunner.run(this.predictJob, parameters, true).execution();
	}

	JobExecution rule(String cycle, LocalDate day) throws Exception {
		var parameters = RunParameters.of(Cycle.of(cycle), day, NO_INPUT, Path.of("target/predict-out"))
			.toJobParameters();
		return this.jobRunner.run(this.ruleJob, parameters, true).execution();
	}

	Map<String, Object> prediction(String certNo) {
		return this.jdbc.queryForMap("SELECT * FROM prediction WHERE cert_no = ?", certNo);
	}

	@Test
	@DisplayName("issue 23: every physician predicted on 06-01 — the next step, who takes it, its deadline; the day's counts per institution and step")
	void predictsEveryPhysician() throws Exception {
		this.given.passing("P001", "ORG_DX_1")
			.physician("P002", "未报名甲", "ORG_DX_1", LocalDate.of(2010, 1, 1))
			.physician("P003", "待审核乙", "ORG_DX_1", LocalDate.of(2010, 1, 1))
			.application("P003", "SUBMITTED")
			.physician("P004", "待评价丙", "ORG_CY_1", LocalDate.of(2010, 1, 1), "ORG_DX_2")
			.application("P004", "APPROVED")
			.evaluation("P004", "ORG_CY_1", "PASS", "PASS")
			.physician("P005", "暂存丁", "ORG_CY_1", LocalDate.of(2010, 1, 1))
			.hide("P005", "ORG_CY_1");
		// P001's exam of 07-02 has not happened on 06-01: as if CLOSE were today it is missing
		assertThat(predict("2026", JUNE_1).getStatus()).isEqualTo(BatchStatus.COMPLETED);

		assertThat(this.jdbc.queryForObject("SELECT COUNT(*) FROM prediction", Integer.class)).isEqualTo(5);
		assertThat(prediction("P001")).containsEntry("next_step", "EXAM").containsEntry("next_actor", "PHYSICIAN")
			.containsEntry("outcome_code", 3).containsEntry("reasons", "EXAM_MISSING").containsEntry("tries_left", 3);
		assertThat(prediction("P002")).containsEntry("next_step", "SUBMIT").containsEntry("outcome_code", 3)
			.containsEntry("reasons", "NOT_REGISTERED");
		assertThat(prediction("P002").get("deadline").toString()).isEqualTo("2026-04-30");
		assertThat(prediction("P003")).containsEntry("next_step", "APPROVE").containsEntry("next_actor", "MAIN_ORG")
			.containsEntry("next_org", "ORG_DX_1");
		assertThat(prediction("P004")).containsEntry("next_step", "RATE").containsEntry("next_actor", "SITE")
			.containsEntry("next_org", "ORG_DX_2").containsEntry("open_steps", "RATE:SITE:ORG_DX_2;EXAM:PHYSICIAN:")
			.containsEntry("district_code", "110105");
		assertThat(prediction("P004").get("deadline").toString()).isEqualTo("2026-06-26");
		assertThat(prediction("P005")).containsEntry("outcome_code", 0).containsEntry("next_step", null);

		// counted once, at the main org; 有风险 = overdue or due by 06-08
		assertThat(this.jdbc.queryForList(COUNTS)).extracting(row -> row.get("org_code") + "/" + row.get("step") + ":"
				+ row.get("physicians") + "/" + row.get("at_risk") + "/" + row.get("overdue"))
			.containsExactly("ORG_CY_1/NONE:1/0/0", "ORG_CY_1/RATE:1/0/0", "ORG_DX_1/APPROVE:1/1/1",
					"ORG_DX_1/EXAM:1/0/0", "ORG_DX_1/SUBMIT:1/1/1");
		assertThat(this.jdbc.queryForMap("SELECT business_date, physicians, finished_at FROM prediction_run"))
			.containsEntry("physicians", 5L)
			.satisfies(run -> assertThat(run.get("finished_at")).isNotNull());
	}

	@Test
	@DisplayName("issue 23: a second morning on the same data changes no prediction; each day keeps its own counts")
	void nextMorningChangesNothing() throws Exception {
		this.given.passing("P001", "ORG_DX_1").physician("P002", "未报名甲", "ORG_CY_1", LocalDate.of(2010, 1, 1));
		predict("2026", LocalDate.of(2026, 4, 20));
		List<Map<String, Object>> before = this.jdbc.queryForList(PREDICTIONS);

		assertThat(predict("2026", LocalDate.of(2026, 4, 21)).getStatus()).isEqualTo(BatchStatus.COMPLETED);

		assertThat(this.jdbc.queryForList(PREDICTIONS)).isEqualTo(before);
		assertThat(this.jdbc.queryForList("SELECT changed FROM prediction_run ORDER BY id", Long.class))
			.containsExactly(2L, 0L);
		assertThat(this.jdbc.queryForList("SELECT DISTINCT business_date FROM prediction_count ORDER BY 1", Object.class))
			.extracting(Object::toString)
			.containsExactly("2026-04-20", "2026-04-21");
		// the unregistered physician's 报名 falls due within 7 days on 04-23, not yet on 04-20
		assertThat(this.jdbc.queryForObject("SELECT at_risk FROM prediction_count WHERE step = 'SUBMIT' AND business_date = ?",
				Long.class, LocalDate.of(2026, 4, 21))).isZero();
		predict("2026", LocalDate.of(2026, 4, 23));
		assertThat(this.jdbc.queryForObject("SELECT at_risk FROM prediction_count WHERE step = 'SUBMIT' AND business_date = ?",
				Long.class, LocalDate.of(2026, 4, 23))).isEqualTo(1);
	}

	@Test
	@DisplayName("issue 23: a change in the data changes exactly the physicians it concerns, with the new day")
	void changeRewritesOnlyTheAffected() throws Exception {
		this.given.physician("P001", "甲", "ORG_DX_1", LocalDate.of(2010, 1, 1))
			.physician("P002", "乙", "ORG_DX_1", LocalDate.of(2010, 1, 1));
		predict("2026", LocalDate.of(2026, 4, 10));
		this.given.application("P002", "SUBMITTED");

		predict("2026", LocalDate.of(2026, 4, 11));

		assertThat(prediction("P001")).containsEntry("next_step", "SUBMIT");
		assertThat(prediction("P001").get("predicted_on").toString()).isEqualTo("2026-04-10");
		assertThat(prediction("P002")).containsEntry("next_step", "APPROVE").containsEntry("reasons", "NOT_APPROVED");
		assertThat(prediction("P002").get("predicted_on").toString()).isEqualTo("2026-04-11");
	}

	@Test
	@DisplayName("spec §Jobs and schedule: a prediction that fails midway and is restarted ends as a clean run")
	void restartAfterFailureEndsAsACleanRun() throws Exception {
		for (int i = 0; i < 30; i++) {
			this.given.passing(String.format("R%03d", i), i % 3 == 0 ? "ORG_CY_1" : "ORG_DX_1");
		}
		this.jdbc.update("UPDATE exam_attempt SET passed = 'N' WHERE cert_no IN ('R004', 'R011')");
		// a rating the engine cannot read, in the middle of a partition: its chunk fails after earlier ones committed
		this.jdbc.update("UPDATE evaluation SET ethics = 'BAD' WHERE cert_no = 'R014'");
		LocalDate day = LocalDate.of(2026, 7, 20);

		JobExecution failed = predict("2026", day);
		assertThat(failed.getStatus()).isEqualTo(BatchStatus.FAILED);
		assertThat(this.jdbc.queryForObject("SELECT COUNT(*) FROM prediction", Integer.class)).isBetween(1, 29);

		this.jdbc.update("UPDATE evaluation SET ethics = 'PASS' WHERE cert_no = 'R014'");
		JobExecution restarted = this.jobRunner.run(this.predictJob, failed.getJobParameters(), false).execution();
		assertThat(restarted.getStatus()).isEqualTo(BatchStatus.COMPLETED);
		assertThat(restarted.getJobInstanceId()).isEqualTo(failed.getJobInstanceId());
		List<Map<String, Object>> afterRestart = this.jdbc.queryForList(PREDICTIONS);
		List<Map<String, Object>> countsAfterRestart = this.jdbc.queryForList(COUNTS);

		this.jdbc.update("DELETE FROM prediction");
		this.jdbc.update("DELETE FROM prediction_count");
		assertThat(predict("2026", day).getStatus()).isEqualTo(BatchStatus.COMPLETED);

		assertThat(afterRestart).hasSize(30).isEqualTo(this.jdbc.queryForList(PREDICTIONS));
		assertThat(countsAfterRestart).isEqualTo(this.jdbc.queryForList(COUNTS));
		assertThat(prediction("R004")).containsEntry("outcome_code", 2).containsEntry("next_step", "EXAM")
			.containsEntry("tries_left", 2);
	}

	@Test
	@DisplayName("spec \"The re-assessment\": 2026R predicts its population only, on its own timeline; refused before 2026 has results")
	void reassessmentPopulation() throws Exception {
		this.given.passing("P001", "ORG_DX_1")
			.physician("P002", "顺延甲", "ORG_DX_1", LocalDate.of(2026, 5, 1))
			.physician("P003", "未参加乙", "ORG_CY_1", LocalDate.of(2010, 1, 1));
		JobExecution refused = predict("2026R", LocalDate.of(2027, 3, 10));
		assertThat(refused.getStatus()).isEqualTo(BatchStatus.FAILED);
		assertThat(refused.getExitStatus().getExitDescription()).contains("请先运行 2026 年度的裁定");

		assertThat(rule("2026", LocalDate.of(2026, 8, 11)).getStatus()).isEqualTo(BatchStatus.COMPLETED);
		assertThat(predict("2026R", LocalDate.of(2027, 3, 10)).getStatus()).isEqualTo(BatchStatus.COMPLETED);

		assertThat(this.jdbc.queryForList("SELECT cert_no FROM prediction WHERE cycle_year = '2026R'", String.class))
			.containsExactly("P002");
		assertThat(this.jdbc.queryForMap("SELECT * FROM prediction WHERE cycle_year = '2026R'"))
			.containsEntry("next_step", "SUBMIT").containsEntry("reasons", "NOT_REGISTERED");
		assertThat(this.jdbc.queryForObject("SELECT deadline FROM prediction WHERE cycle_year = '2026R'", Object.class)
			.toString()).isEqualTo("2027-03-31");
	}

}
