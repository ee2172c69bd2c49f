package cn.dingkao.ingest;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

import cn.dingkao.ruling.Cycle;
import cn.dingkao.testing.Tables;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 21: every repeated-key rule of spec "Values, required fields, repeated keys", kind by kind, on a 2026R inbox
 * (the re-assessment's cycle code in every {@code cycle_year}), through the real import and ruling jobs — within one
 * file and across two imports — on H2 and MySQL/MariaDB. The 2026R evaluations come as CSV with a repeated key, the
 * case that once failed the merge with {@code For input string: "2026R"}. Cycle 2026 is imported and ruled first
 * (everyone DEFERRED but P5), so that the re-assessment has its population.
 */
abstract class ReassessmentRepeatedKeysScenarios {

	static final Cycle Y2026 = Cycle.regular(2026);

	static final Cycle Y2026R = Y2026.reassessmentCycle();

	static final String P1 = "110115198001010019";

	static final String P2 = "110105198102020029";

	static final String P3 = "110108198203030030";

	static final String P4 = "110115198304040047";

	/** NOT_REGISTERED in 2026: outside the re-assessment's population. */
	static final String P5 = "11011519840505005X";

	private static final AtomicLong RUN = new AtomicLong(System.currentTimeMillis());

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	JobOperator jobOperator;

	@Autowired
	@Qualifier("importJob")
	Job importJob;

	@Autowired
	@Qualifier("ruleJob")
	Job ruleJob;

	@TempDir
	Path temp;

	@BeforeEach
	void emptyTables() {
		Tables.empty(this.jdbc);
		for (String stage : List.of("stage_institution", "stage_physician", "stage_physician_site", "stage_application",
				"stage_evaluation", "stage_exam_attempt", "stage_hide")) {
			this.jdbc.update("delete from " + stage);
		}
	}

	@Test
	@DisplayName("issue 21 / spec §repeated keys on a 2026R inbox: institutions, roster, applications (DUPLICATE_APPLICATION), evaluations (fold, EVALUATION_CONFLICT), exams, hides — in a file and across imports")
	void everyRepeatedKeyRuleOnReassessmentInbox() throws Exception {
		Path base = folder("2026");
		write(base, "institutions.csv", StandardCharsets.UTF_8, "org_code,org_name,district_code,exam_org",
				"ORG_A,北京市大兴区人民医院,110115,Y", "ORG_B,北京市朝阳区双井医院,110105,N",
				"ORG_C,北京市海淀区中关村医院,110108,N");
		// registered (changed institution) during cycle 2026 without applying: DEFERRED, re-assessed in 2026R
		write(base, "roster.csv", StandardCharsets.UTF_8,
				"cert_type,cert_no,name,main_org_code,other_org_codes,registered_on",
				"RESIDENT," + P1 + ",张伟,ORG_A,ORG_B,2026-05-01", "RESIDENT," + P2 + ",李娜,ORG_A,,2026-05-01",
				"RESIDENT," + P3 + ",王芳,ORG_B,,2026-05-01", "RESIDENT," + P4 + ",刘洋,ORG_C,ORG_A,2026-05-01",
				"RESIDENT," + P5 + ",陈静,ORG_A,,2015-03-01");
		// a 2026 rating of the same physician and org as a 2026R one: the key includes the cycle code
		write(base, "evaluations.csv", StandardCharsets.UTF_8,
				"cert_no,org_code,cycle_year,ethics,performance,evaluated_at,confirmed",
				P1 + ",ORG_A,2026,FAIL,FAIL,2026-06-01 10:00:00,Y");
		assertCompleted(run(this.importJob, Y2026, LocalDate.of(2026, 8, 11), base));
		assertCompleted(run(this.ruleJob, Y2026, LocalDate.of(2026, 8, 11), base));
		assertThat(outcomes(Y2026)).containsExactlyInAnyOrder(P1 + ":4", P2 + ":4", P3 + ":4", P4 + ":4", P5 + ":3");

		Path first = folder("2026R-1");
		write(first, "institutions.csv", StandardCharsets.UTF_8, "org_code,org_name,district_code,exam_org",
				"ORG_A,大兴区人民医院（旧名）,110115,Y", "ORG_D,北京大兴康贝口腔诊所,110115,N",
				"ORG_A,北京市大兴区人民医院,110115,Y");
		// a roster change: P2 moved to ORG_D; the later line of a repeated key wins (GB18030, Chinese headers)
		write(first, "roster.csv", Charset.forName("GB18030"), "证件类型,证件号码,姓名,主要执业机构,其他执业机构,执业注册(变更)日期",
				"RESIDENT," + P2 + ",李娜,ORG_A,,2026-05-01", "RESIDENT," + P2 + ",李娜,ORG_D,,2027-01-10");
		write(first, "applications.csv", Charset.forName("GB18030"),
				"证件号码,考核年度,报考专业,状态,提交时间,审核通过时间",
				// P1: the later submitted_at wins though it comes first in the file
				P1 + ",2026R,内科专业,APPROVED,2027-03-05 09:00:00,2027-04-02 10:00:00",
				P1 + ",2026R,内科专业,SUBMITTED,2027-03-02 09:00:00,",
				// P2: a tie on submitted_at — the line imported later wins
				P2 + ",2026r,口腔专业,SUBMITTED,2027-03-06 09:00:00,",
				P2 + ",2026R,口腔专业,APPROVED,2027-03-06 09:00:00,2027-04-03 10:00:00",
				P3 + ",2026R,内科专业,APPROVED,2027-03-10 09:00:00,2027-04-03 10:00:00",
				P4 + ",2026R,内科专业,APPROVED,2027-03-11 09:00:00,2027-04-03 10:00:00",
				P5 + ",2026R,内科专业,APPROVED,2027-03-12 09:00:00,2027-04-03 10:00:00");
		write(first, "evaluations.csv", StandardCharsets.UTF_8,
				"cert_no,org_code,cycle_year,ethics,performance,evaluated_at,confirmed",
				// P1 at ORG_A: a tie with other ratings — each the worse, EVALUATION_CONFLICT
				P1 + ",ORG_A,2026R,PASS,PASS,2027-05-02 10:00:00,Y",
				P1 + ",ORG_A,2026R,PASS,FAIL,2027-05-02 10:00:00,Y",
				// P1 at ORG_B: the later evaluated_at wins; the ratings differ, so EVALUATION_CONFLICT too
				P1 + ",ORG_B,2026R,PASS,PASS,2027-05-03 10:00:00,Y",
				P1 + ",ORG_B,2026R,FAIL,PASS,2027-05-01 10:00:00,Y",
				// P2 at ORG_D: a tie with equal ratings — the later line replaces (confirmed Y), no conflict
				P2 + ",ORG_D,2026R,合格,合格,2027-05-04 10:00:00,N",
				P2 + ",ORG_D,2026R,PASS,PASS,2027-05-04 10:00:00,是",
				P3 + ",ORG_B,2026R,PASS,PASS,2027-05-02 10:00:00,Y",
				// P4 at ORG_C: a tie with other ratings, one unconfirmed — confirmed only if both are
				P4 + ",ORG_C,2026R,PASS,PASS,2027-05-05 10:00:00,Y",
				P4 + ",ORG_C,2026R,FAIL,PASS,2027-05-05 10:00:00,N",
				P4 + ",ORG_A,2026R,PASS,PASS,2027-05-05 11:00:00,Y");
		write(first, "exam_attempts.csv", StandardCharsets.UTF_8,
				"cert_no,cycle_year,attempt_no,mode,specialty,law_score,specialty_score,passed,taken_at,exam_org_code",
				// P1: the later line of a key (cert, cycle, mode, attempt) replaces the earlier
				P1 + ",2026R,1,ONLINE,内科专业,40,40,N,2027-06-01 09:00:00,",
				P1 + ",2026R,1,ONLINE,内科专业,80,80,Y,2027-06-01 09:00:00,",
				P2 + ",2026R,1,ONLINE,口腔专业,80,80,Y,2027-06-02 09:00:00,",
				P3 + ",2026R,1,ONLINE,内科专业,40,40,N,2027-06-03 09:00:00,",
				P4 + ",2026R,1,ONLINE,内科专业,80,80,Y,2027-06-04 09:00:00,");
		write(first, "hidden.csv", StandardCharsets.UTF_8, "cert_no,org_code,cycle_year,reason,hidden_at,unhidden_at",
				// P4 at the secondary site ORG_A: hidden, then the later line unhides — ORG_A is a site again
				P4 + ",ORG_A,2026R,外出进修,2027-03-15 09:00:00,",
				P4 + ",ORG_A,2026R,外出进修,2027-03-15 09:00:00,2027-04-20 09:00:00");
		assertCompleted(run(this.importJob, Y2026R, LocalDate.of(2027, 7, 23), first));

		assertThat(this.jdbc.queryForObject("select org_name from institution where org_code = 'ORG_A'", String.class))
			.isEqualTo("北京市大兴区人民医院");
		assertThat(this.jdbc.queryForObject("select main_org_code from physician where cert_no = ?", String.class, P2))
			.isEqualTo("ORG_D");
		assertThat(application(P1)).isEqualTo("APPROVED 2027-03-05");
		assertThat(application(P2)).isEqualTo("APPROVED 2027-03-06");
		assertThat(evaluation(P1, "ORG_A")).isEqualTo("PASS FAIL Y");
		assertThat(evaluation(P1, "ORG_B")).isEqualTo("PASS PASS Y");
		assertThat(evaluation(P2, "ORG_D")).isEqualTo("PASS PASS Y");
		assertThat(evaluation(P4, "ORG_C")).isEqualTo("FAIL PASS N");
		assertThat(this.jdbc.queryForObject("select concat(ethics, ' ', performance) from evaluation where cert_no = ?"
				+ " and org_code = 'ORG_A' and cycle_year = ?", String.class, P1, Y2026.code()))
			.as("the 2026 rating of the same physician and org is its own row").isEqualTo("FAIL FAIL");
		assertThat(exam(P1)).isEqualTo("Y");
		assertThat(this.jdbc.queryForObject("select unhidden_at is not null from physician_hide where cert_no = ?"
				+ " and org_code = 'ORG_A' and cycle_year = ?", Boolean.class, P4, Y2026R.code())).isTrue();
		assertThat(conflicts(Y2026R)).containsExactlyInAnyOrder("DUPLICATE_APPLICATION " + P1 + " ",
				"DUPLICATE_APPLICATION " + P2 + " ", "EVALUATION_CONFLICT " + P1 + " ORG_A",
				"EVALUATION_CONFLICT " + P1 + " ORG_B", "EVALUATION_CONFLICT " + P4 + " ORG_C");

		// a second import: a stored row meets a file row of the same key
		Path second = folder("2026R-2");
		write(second, "applications.csv", StandardCharsets.UTF_8, "cert_no,cycle_year,specialty,status,submitted_at",
				// older than the stored one: the stored application stays, the repeat is DUPLICATE_APPLICATION
				P3 + ",2026R,内科专业,RETURNED,2027-03-01 09:00:00");
		write(second, "evaluations.csv", StandardCharsets.UTF_8,
				"cert_no,org_code,cycle_year,ethics,performance,evaluated_at,confirmed",
				// the same evaluated_at as the stored rating, other ratings: folded with it, EVALUATION_CONFLICT
				P3 + ",ORG_B,2026R,FAIL,PASS,2027-05-02 10:00:00,Y");
		write(second, "exam_attempts.csv", StandardCharsets.UTF_8,
				"cert_no,cycle_year,attempt_no,mode,specialty,law_score,specialty_score,passed,taken_at,exam_org_code",
				// the exam platform's corrected export: the row imported later replaces the stored one
				P3 + ",2026R,1,ONLINE,内科专业,75,80,Y,2027-06-03 09:00:00,");
		write(second, "hidden.csv", StandardCharsets.UTF_8, "cert_no,org_code,cycle_year,reason,hidden_at,unhidden_at",
				P4 + ",ORG_A,2026R,外出进修,2027-03-15 09:00:00,2027-04-20 09:00:00");
		write(second, "roster.csv", StandardCharsets.UTF_8,
				"cert_type,cert_no,name,main_org_code,other_org_codes,registered_on",
				"RESIDENT," + P3 + ",王芳,ORG_B,,2026-05-01");
		assertCompleted(run(this.importJob, Y2026R, LocalDate.of(2027, 7, 23), second));
		assertThat(application(P3)).isEqualTo("APPROVED 2027-03-10");
		assertThat(evaluation(P3, "ORG_B")).isEqualTo("FAIL PASS Y");
		assertThat(exam(P3)).isEqualTo("Y");
		assertThat(conflicts(Y2026R)).contains("DUPLICATE_APPLICATION " + P3 + " ", "EVALUATION_CONFLICT " + P3 + " ORG_B")
			.hasSize(7);
		assertThat(conflicts(Y2026)).isEmpty();

		assertCompleted(run(this.ruleJob, Y2026R, LocalDate.of(2027, 7, 23), second));
		assertThat(outcomes(Y2026R)).containsExactlyInAnyOrder(P1 + ":2", P2 + ":1", P3 + ":2", P4 + ":3");
		assertThat(this.jdbc.queryForObject("select reasons from result where cycle_year = ? and cert_no = ?",
				String.class, Y2026R.code(), P4)).isEqualTo("EVALUATION_MISSING");
		assertThat(exceptions(Y2026R)).contains("DUPLICATE_APPLICATION " + P1, "DUPLICATE_APPLICATION " + P2,
				"DUPLICATE_APPLICATION " + P3, "EVALUATION_CONFLICT " + P1, "EVALUATION_CONFLICT " + P3,
				"EVALUATION_CONFLICT " + P4, "EVALUATION_UNCONFIRMED " + P4, "NOT_DUE_FOR_REASSESSMENT " + P5);
		assertThat(outcomes(Y2026)).as("2026 stays as it was")
			.containsExactlyInAnyOrder(P1 + ":4", P2 + ":4", P3 + ":4", P4 + ":4", P5 + ":3");
	}

	private JobExecution run(Job job, Cycle cycle, LocalDate date, Path input) throws Exception {
		return this.jobOperator.start(job, new JobParametersBuilder().addString("cycle", cycle.code())
			.addLocalDate("date", date)
			.addLong("run", RUN.incrementAndGet())
			.addString("input", input.toString(), false)
			.addString("out", this.temp.resolve("out").toString(), false)
			.toJobParameters());
	}

	private static void assertCompleted(JobExecution execution) {
		assertThat(execution.getStatus()).as(execution.getAllFailureExceptions().toString())
			.isEqualTo(BatchStatus.COMPLETED);
	}

	private Path folder(String name) throws IOException {
		return Files.createDirectories(this.temp.resolve(name));
	}

	private static void write(Path folder, String name, Charset charset, String... lines) throws IOException {
		Files.writeString(folder.resolve(name), String.join("\n", lines) + "\n", charset);
	}

	private List<String> outcomes(Cycle cycle) {
		return this.jdbc.queryForList("select concat(cert_no, ':', outcome_code) from result where cycle_year = ?"
				+ " order by cert_no", String.class, cycle.code());
	}

	private String application(String certNo) {
		return this.jdbc.queryForObject("select status, submitted_at from application where cert_no = ? and cycle_year = ?",
				(rs, row) -> rs.getString(1) + " " + rs.getTimestamp(2).toLocalDateTime().toLocalDate(), certNo,
				Y2026R.code());
	}

	private String evaluation(String certNo, String org) {
		Map<String, Object> row = this.jdbc.queryForMap("select ethics, performance, confirmed from evaluation"
				+ " where cert_no = ? and org_code = ? and cycle_year = ?", certNo, org, Y2026R.code());
		return row.get("ethics") + " " + row.get("performance") + " " + row.get("confirmed");
	}

	private String exam(String certNo) {
		return this.jdbc.queryForObject("select passed from exam_attempt where cert_no = ? and cycle_year = ?"
				+ " and exam_mode = 'ONLINE' and attempt_no = 1", String.class, certNo, Y2026R.code());
	}

	private List<String> conflicts(Cycle cycle) {
		return this.jdbc.queryForList("select concat(code, ' ', cert_no, ' ', org_code) from input_conflict"
				+ " where cycle_year = ? order by code, cert_no, org_code", String.class, cycle.code());
	}

	private List<String> exceptions(Cycle cycle) {
		return this.jdbc.queryForList("select distinct concat(code, ' ', cert_no) from ruling_exception"
				+ " where cycle_year = ?", String.class, cycle.code());
	}

}
