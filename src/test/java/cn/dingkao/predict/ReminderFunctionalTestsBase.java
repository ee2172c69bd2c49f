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
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Reminders (提醒, spec "Seeing it coming") from the morning's prediction, through issue 24's outbox: 7 and 2 days
 * before a deadline to each physician whose next step is their own, a daily digest to each institution with
 * physicians at risk, at most one per physician, step and day, and none for a day that is not today. The subclasses
 * stand on {@link #TODAY} ({@code dingkao.clock.date}).
 */
abstract class ReminderFunctionalTestsBase {

	/** Seven days before the end of REGISTRATION (04-30). */
	static final LocalDate TODAY = LocalDate.of(2026, 4, 23);

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	JobRunner jobRunner;

	@Autowired
	@Qualifier("predictJob")
	Job predictJob;

	RulingFixtures given;

	@BeforeEach
	void emptyTables() {
		Tables.empty(this.jdbc);
		this.jdbc.update("DELETE FROM outbox_message");
		this.jdbc.update("DELETE FROM account WHERE role IN ('PHYSICIAN', 'INSTITUTION')");
		this.given = new RulingFixtures(this.jdbc);
		this.given.institution("ORG_DX_1", "北京市大兴区人民医院", "110115")
			.institution("ORG_CY_1", "北京市朝阳区第一医院", "110105")
			// P001, P002: nothing submitted, 报名 due 04-30; P001 has a phone in the roster, P002 bound one on the web
			.physician("P001", "张一", "ORG_DX_1", LocalDate.of(2010, 1, 1))
			.physician("P002", "王二", "ORG_DX_1", LocalDate.of(2010, 1, 1))
			// P003: no phone at all; P004: submitted, the next step is the main org's (审核), not the physician's
			.physician("P003", "李三", "ORG_CY_1", LocalDate.of(2010, 1, 1))
			.physician("P004", "赵四", "ORG_CY_1", LocalDate.of(2010, 1, 1))
			.application("P004", "SUBMITTED");
		this.jdbc.update("UPDATE physician SET mobile = '13800000001' WHERE cert_no = 'P001'");
		this.jdbc.update("UPDATE physician SET mobile = '13800000099' WHERE cert_no = 'P002'");
		account("P002", "PHYSICIAN", "13900000002");
		account("ORG_DX_1", "INSTITUTION", "13700000001");
	}

	private void account(String username, String role, String mobile) {
		this.jdbc.update("INSERT INTO account (username, role, mobile, created_at, updated_at) VALUES (?, ?, ?, "
				+ "CURRENT_TIMESTAMP, CURRENT_TIMESTAMP)", username, role, mobile);
	}

	/**
	 * Runs the morning of the day, also when an earlier test (or an earlier build on the same database file) ran it:
	 * a completed run would otherwise be found and not repeated, and the test would check nothing.
	 */
	BatchStatus predict(LocalDate day) throws Exception {
		var parameters = RunParameters.of(Cycle.of("2026"), day, Path.of("src/test/resources/web/no-input"),
				Path.of("target/predict-out")).toJobParameters();
		return this.jobRunner.run(this.predictJob, parameters, true).execution().getStatus();
	}

	List<Map<String, Object>> messages() {
		return this.jdbc.queryForList("SELECT purpose, phone, account_ref, text, dedup_key, status FROM outbox_message "
				+ "ORDER BY purpose, account_ref");
	}

	@Test
	@DisplayName("spec \"Seeing it coming\": 7 days before 报名 closes, a reminder to each physician whose next step is their own, a digest to each institution with physicians at risk")
	void remindersOfTheDay() throws Exception {
		assertThat(predict(TODAY)).isEqualTo(BatchStatus.COMPLETED);

		List<Map<String, Object>> messages = messages();
		assertThat(messages).extracting(m -> m.get("purpose") + ":" + m.get("account_ref") + ":" + m.get("phone"))
			.containsExactly("DIGEST:ORG_DX_1:13700000001", "REMINDER:P001:13800000001", "REMINDER:P002:13900000002");
		Map<String, Object> reminder = messages.get(1);
		assertThat(reminder.get("text").toString()).contains("张一", "网上报名", "截止 2026-04-30", "还有 7 天");
		assertThat(reminder).containsEntry("dedup_key", "REMINDER:2026:P001:SUBMIT:2026-04-23")
			.containsEntry("status", "QUEUED");
		assertThat(messages.get(0).get("text").toString()).contains("北京市大兴区人民医院", "有风险医师 2 人", "待报名 2",
				"/institution/risk");
		assertThat(messages.get(0)).containsEntry("dedup_key", "DIGEST:2026:ORG_DX_1:2026-04-23");
	}

	@Test
	@DisplayName("spec \"Seeing it coming\": at most one per physician, step and day — running the morning again queues nothing twice")
	void onceADay() throws Exception {
		predict(TODAY);
		assertThat(predict(TODAY)).isEqualTo(BatchStatus.COMPLETED);
		assertThat(messages()).hasSize(3);
	}

	@Test
	@DisplayName("issue 23: a prediction for another day than today reminds nobody (its news would be stale)")
	void pastDayRemindsNobody() throws Exception {
		assertThat(predict(TODAY.minusDays(5))).isEqualTo(BatchStatus.COMPLETED);
		assertThat(messages()).isEmpty();
	}

}
