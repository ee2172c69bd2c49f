package cn.dingkao.reconcile;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;

import cn.dingkao.batch.JobRunner;
import cn.dingkao.testing.Tables;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The {@code rule} job on a real database: one result per physician, the set-based warnings, reruns that
 * change nothing, versions bumped for exactly the physicians an input change affects, and a restart after a
 * failure in the middle that ends with the tables of a clean run.
 */
abstract class RuleJobFunctionalTestsBase {

	static final LocalDate DATE = LocalDate.of(2026, 8, 11);

	static final String RESULTS = """
			SELECT cert_no, district_code, outcome_code, ethics, performance, business, reasons, warnings,
			       application_status, all_sites_rated, exam_passed, lineage, content_hash, version, decided_on
			  FROM result ORDER BY cert_no""";

	static final String EXCEPTIONS = """
			SELECT code, severity, cert_no, org_code, district_code, detail FROM ruling_exception
			 ORDER BY code, cert_no, org_code, detail""";

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	Clock clock;

	@Autowired
	JobRunner jobRunner;

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

	JobExecution rule() throws Exception {
		JobParameters parameters = new JobParametersBuilder().addString("cycle", "2026")
			.addLocalDate("date", DATE)
			.toJobParameters();
		return this.jobRunner.run(this.ruleJob, parameters, true).execution();
	}

	int outcome(String certNo) {
		return this.jdbc.queryForObject("SELECT outcome_code FROM result WHERE cert_no = ?", Integer.class, certNo);
	}

	@Test
	@DisplayName("spec §The ruling: one result per roster physician, each decided by the engine, districts by main org")
	void rulesEveryPhysician() throws Exception {
		this.given.passing("P001", "ORG_DX_1")
			.physician("P002", "顺延甲", "ORG_DX_1", LocalDate.of(2026, 5, 1))
			.physician("P003", "不合格乙", "ORG_CY_1", LocalDate.of(2010, 1, 1), "ORG_DX_2")
			.application("P003", "APPROVED")
			.evaluation("P003", "ORG_CY_1", "PASS", "PASS")
			.evaluation("P003", "ORG_DX_2", "PASS", "PASS")
			.exam("P003", 1, false).exam("P003", 2, false).exam("P003", 3, false)
			.physician("P004", "未知机构丙", "ORG_UNKNOWN", LocalDate.of(2010, 1, 1))
			.passing("P005", "ORG_CY_1")
			.hide("P005", "ORG_CY_1")
			.evaluation("NOT_IN_ROSTER", "ORG_DX_1", "PASS", "PASS");

		assertThat(rule().getStatus()).isEqualTo(BatchStatus.COMPLETED);

		assertThat(this.jdbc.queryForObject("SELECT COUNT(*) FROM result", Integer.class)).isEqualTo(5);
		assertThat(outcome("P001")).isEqualTo(1);
		assertThat(outcome("P002")).isEqualTo(4);
		assertThat(outcome("P003")).isEqualTo(2);
		assertThat(outcome("P004")).isEqualTo(3);
		assertThat(outcome("P005")).isZero();
		Map<String, Object> p003 = this.jdbc.queryForMap("SELECT * FROM result WHERE cert_no = 'P003'");
		assertThat(p003).containsEntry("reasons", "EXAM_FAIL").containsEntry("district_code", "110105")
			.containsEntry("business", "FAIL").containsEntry("all_sites_rated", "Y");
		assertThat(this.jdbc.queryForObject("SELECT district_code FROM result WHERE cert_no = 'P004'", String.class))
			.isNull();
		assertThat(this.jdbc.queryForList("SELECT code FROM ruling_exception WHERE cert_no = 'NOT_IN_ROSTER'", String.class))
			.containsExactly("UNKNOWN_PHYSICIAN");
		assertThat(this.jdbc.queryForList("SELECT code FROM ruling_exception WHERE cert_no = 'P004'", String.class))
			.contains("UNKNOWN_ORG");
		assertThat(this.jdbc.queryForObject("SELECT physicians FROM ruling_run", Long.class)).isEqualTo(5);
	}

	@Test
	@DisplayName("spec §What the pipeline produces: rerunning with the same inputs changes nothing")
	void rerunWithSameInputsChangesNothing() throws Exception {
		this.given.passing("P001", "ORG_DX_1").passing("P002", "ORG_CY_1")
			.evaluation("NOT_IN_ROSTER", "ORG_DX_1", "PASS", "PASS");
		rule();
		List<Map<String, Object>> results = this.jdbc.queryForList("SELECT * FROM result ORDER BY cert_no");
		List<Map<String, Object>> exceptions = this.jdbc.queryForList("SELECT * FROM ruling_exception ORDER BY id");

		assertThat(rule().getStatus()).isEqualTo(BatchStatus.COMPLETED);

		assertThat(this.jdbc.queryForList("SELECT * FROM result ORDER BY cert_no")).isEqualTo(results);
		assertThat(this.jdbc.queryForList("SELECT * FROM ruling_exception ORDER BY id")).isEqualTo(exceptions);
		assertThat(this.jdbc.queryForList("SELECT changed FROM ruling_run ORDER BY id", Long.class)).containsExactly(2L, 0L);
	}

	@Test
	@DisplayName("spec §The ruling: districts by main org — an institution moved to another district moves its physicians at the next ruling")
	void institutionMovedToAnotherDistrict() throws Exception {
		this.given.passing("P001", "ORG_DX_1").passing("P002", "ORG_DX_2");
		rule();
		this.jdbc.update("UPDATE institution SET district_code = '110105' WHERE org_code = 'ORG_DX_1'");

		assertThat(rule().getStatus()).isEqualTo(BatchStatus.COMPLETED);

		assertThat(this.jdbc.queryForList("SELECT CONCAT(cert_no, ':', district_code) FROM result ORDER BY cert_no",
				String.class)).containsExactly("P001:110105", "P002:110115");
	}

	@Test
	@DisplayName("issue ruling §2: an input change bumps the version of exactly the physicians it affects")
	void changedInputBumpsOnlyTheAffectedPhysician() throws Exception {
		this.given.passing("P001", "ORG_DX_1").passing("P002", "ORG_DX_1").passing("P003", "ORG_CY_1");
		rule();

		// stamped as every writer stamps the rows it writes: the next run rules only who changed (issue 26)
		this.jdbc.update("UPDATE evaluation SET performance = 'FAIL', updated_at = ? WHERE cert_no = 'P002'",
				LocalDateTime.now(this.clock));
		rule();

		assertThat(this.jdbc.queryForList("SELECT cert_no, version FROM result ORDER BY cert_no"))
			.extracting(row -> row.get("cert_no") + ":" + row.get("version"))
			.containsExactly("P001:1", "P002:2", "P003:1");
		assertThat(outcome("P002")).isEqualTo(2);
		assertThat(this.jdbc.queryForObject("SELECT reasons FROM result WHERE cert_no = 'P002'", String.class))
			.isEqualTo("PERFORMANCE_FAIL");
		long lastRun = this.jdbc.queryForObject("SELECT MAX(id) FROM ruling_run", Long.class);
		assertThat(this.jdbc.queryForObject("SELECT run_id FROM result WHERE cert_no = 'P002'", Long.class)).isEqualTo(lastRun);
		assertThat(this.jdbc.queryForObject("SELECT changed FROM ruling_run WHERE id = ?", Long.class, lastRun)).isEqualTo(1);
	}

	@Test
	@DisplayName("spec §Jobs and schedule: a ruling that fails midway and is restarted ends as a clean run")
	void restartAfterFailureEndsAsACleanRun() throws Exception {
		for (int i = 0; i < 30; i++) {
			this.given.passing(String.format("R%03d", i), i % 3 == 0 ? "ORG_CY_1" : "ORG_DX_1");
		}
		this.jdbc.update("UPDATE exam_attempt SET passed = 'N' WHERE cert_no IN ('R004', 'R011')");
		// a rating the engine cannot read, in the middle of the 大兴 partition: its chunk fails after earlier
		// chunks of the partition committed
		this.jdbc.update("UPDATE evaluation SET ethics = 'BAD' WHERE cert_no = 'R014'");

		JobExecution failed = rule();
		assertThat(failed.getStatus()).isEqualTo(BatchStatus.FAILED);
		int writtenBeforeFailure = this.jdbc.queryForObject("SELECT COUNT(*) FROM result", Integer.class);
		assertThat(writtenBeforeFailure).isBetween(1, 29);

		this.jdbc.update("UPDATE evaluation SET ethics = 'PASS' WHERE cert_no = 'R014'");
		JobExecution restarted = rule();
		assertThat(restarted.getStatus()).isEqualTo(BatchStatus.COMPLETED);
		assertThat(restarted.getJobInstanceId()).isEqualTo(failed.getJobInstanceId());
		List<Map<String, Object>> afterRestart = this.jdbc.queryForList(RESULTS);
		List<Map<String, Object>> exceptionsAfterRestart = this.jdbc.queryForList(EXCEPTIONS);

		this.jdbc.update("DELETE FROM ruling_exception");
		this.jdbc.update("DELETE FROM result");
		assertThat(rule().getStatus()).isEqualTo(BatchStatus.COMPLETED);

		assertThat(afterRestart).hasSize(30).isEqualTo(this.jdbc.queryForList(RESULTS));
		assertThat(exceptionsAfterRestart).isEqualTo(this.jdbc.queryForList(EXCEPTIONS));
	}

}
