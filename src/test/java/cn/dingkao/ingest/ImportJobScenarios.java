package cn.dingkao.ingest;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

import cn.dingkao.batch.FailureReason;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The import job end to end on a real database and real files; run on H2 and on MySQL/MariaDB by the
 * subclasses, with merge slices of {@value #SLICE_ROWS} lines so that files here span several slices.
 */
abstract class ImportJobScenarios {

	static final String SLICE_ROWS = "500";

	private static final AtomicLong RUN = new AtomicLong(System.currentTimeMillis());

	static final List<String> TABLES = List.of("physician_site", "physician", "institution", "application",
			"evaluation", "exam_attempt", "physician_hide", "input_conflict", "import_reject", "import_file",
			"stage_institution", "stage_physician", "stage_physician_site", "stage_application", "stage_evaluation",
			"stage_exam_attempt", "stage_hide");

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

	@Autowired
	ImportReport report;

	@TempDir
	Path temp;

	Path input;

	Path out;

	@BeforeEach
	void cleanTables() throws IOException {
		TABLES.forEach(table -> this.jdbc.update("delete from " + table));
		this.input = Files.createDirectories(this.temp.resolve("input"));
		this.out = this.temp.resolve("out");
	}

	JobExecution run() throws Exception {
		return this.jobOperator.start(this.importJob, parameters());
	}

	JobParameters parameters() {
		return new JobParametersBuilder().addString("cycle", "2026")
			.addLocalDate("date", LocalDate.of(2026, 8, 1))
			.addLong("run", RUN.incrementAndGet())
			.addString("input", this.input.toString(), false)
			.addString("out", this.out.toString(), false)
			.toJobParameters();
	}

	void copyBasic(String... names) throws IOException {
		for (String name : names) {
			try (var in = getClass().getResourceAsStream("/ingest/basic/" + name)) {
				Files.copy(in, this.input.resolve(name));
			}
		}
	}

	void write(String name, Charset charset, String... lines) throws IOException {
		Files.writeString(this.input.resolve(name), String.join("\n", lines) + "\n", charset);
	}

	/** Runs the import while a check constraint makes any write of physician C2500 to {@code table} fail. */
	JobExecution runFailingOnC2500(String table) throws Exception {
		this.jdbc.execute("alter table " + table + " add constraint ck_test_boom check (cert_no <> 'C2500')");
		try {
			return run();
		}
		finally {
			this.jdbc.execute("alter table " + table + " drop constraint ck_test_boom");
		}
	}

	long count(String sql, Object... args) {
		return this.jdbc.queryForObject(sql, Long.class, args);
	}

	@Test
	@DisplayName("spec §Data: six kinds from CSV — Chinese headers, BOM, enums any case, 是/否, 合格/不合格, yyyy/M/d")
	void importsAllKinds() throws Exception {
		copyBasic("institutions.csv", "roster.csv", "applications.csv", "evaluations.csv", "exam_attempts.csv",
				"hidden.csv");
		JobExecution execution = run();
		assertThat(execution.getStatus()).isEqualTo(BatchStatus.COMPLETED);
		// three steps a kind (issue 26): ANALYZE and TRUNCATE, which commit whatever is open, run after the load and
		// the merge, outside their transactions; staging is empty afterwards
		assertThat(execution.getStepExecutions().stream().map(step -> step.getStepName())
			.filter(name -> name.startsWith("import.roster."))).containsExactly("import.roster.prepare",
					"import.roster.load", "import.roster.merge");
		assertThat(count("select count(*) from stage_physician") + count("select count(*) from stage_physician_site"))
			.isZero();
		assertThat(this.jdbc.queryForMap("select org_name, district_code, exam_org, source from institution"
				+ " where org_code = 'ORG1'")).containsEntry("exam_org", "Y").containsEntry("source", "FILE");
		assertThat(count("select count(*) from institution")).isEqualTo(2);
		assertThat(this.jdbc.queryForObject("select cert_type from physician where cert_no = '110101199001011234'",
				String.class)).isEqualTo("RESIDENT");
		assertThat(this.jdbc.queryForObject("select title_date from physician where cert_no = '110101199001011234'",
				LocalDate.class)).isEqualTo(LocalDate.of(2020, 3, 5));
		assertThat(this.jdbc.queryForList("select concat(org_code, ':', is_main) from physician_site"
				+ " where cert_no = '110101199001011234' order by org_code", String.class))
			.containsExactly("ORG1:Y", "ORG2:N");
		assertThat(count("select count(*) from physician")).isEqualTo(2);
		assertThat(count("select count(*) from application")).isEqualTo(2);
		assertThat(count("select count(*) from exam_attempt")).isEqualTo(2);
		assertThat(this.jdbc.queryForObject("select exam_mode from exam_attempt where attempt_no = 2", String.class))
			.isEqualTo("ONLINE");
		assertThat(count("select count(*) from physician_hide where unhidden_at is null")).isEqualTo(1);
		assertThat(count("select count(*) from evaluation")).isEqualTo(3);
		Map<String, Object> institutions = this.jdbc
			.queryForMap("select status, rows_read, rows_imported, rows_rejected from import_file"
					+ " where kind = 'institutions'");
		assertThat(institutions).containsEntry("status", "IMPORTED");
		assertThat(((Number) institutions.get("rows_read")).longValue()).isEqualTo(3);
		assertThat(((Number) institutions.get("rows_rejected")).longValue()).isEqualTo(1);
		Path rejects = this.out.resolve("rejects/institutions.csv.rejects.csv");
		byte[] bytes = Files.readAllBytes(rejects);
		assertThat(bytes[0] & 0xFF).isEqualTo(0xEF);
		String text = Files.readString(rejects, StandardCharsets.UTF_8);
		assertThat(text).contains("文件,行号,列,值,原因,reason").contains("institutions.csv,4,所属区,999999,所属区代码不存在");
	}

	@Test
	@DisplayName("spec §Phones: the roster's optional 手机号码 — written as people type it, stored as 11 digits; a bad number rejects its row with the reason")
	void rosterMobile() throws Exception {
		copyBasic("institutions.csv");
		write("roster.csv", StandardCharsets.UTF_8, "证件类型,证件号码,姓名,主要执业机构,手机号码",
				"OTHER,M1,甲,ORG1,13812345678", "OTHER,M2,乙,ORG1,139 1234 5678", "OTHER,M3,丙,ORG1,+86-150-1234-5678",
				"OTHER,M4,丁,ORG1,13712345678.0", "OTHER,M5,戊,ORG1,", "OTHER,M6,己,ORG1,12812345678",
				"OTHER,M7,庚,ORG1,1381234567", "OTHER,M8,辛,ORG1,010-62345678", "OTHER,M9,壬,ORG1,1.38123E+10",
				"OTHER,M10,癸,ORG1,138123456789");
		assertThat(run().getStatus()).isEqualTo(BatchStatus.COMPLETED);
		assertThat(this.jdbc.queryForList("select concat(cert_no, '=', coalesce(mobile, '-')) from physician order by cert_no",
				String.class)).containsExactly("M1=13812345678", "M2=13912345678", "M3=15012345678", "M4=13712345678", "M5=-");
		assertThat(this.jdbc.queryForList("select concat(r.line_no, ':', r.column_name, ':', r.raw_value, ':', r.reason_zh)"
				+ " from import_reject r join import_file f on f.id = r.file_id where f.kind = 'roster' order by r.line_no",
				String.class)).containsExactly(
						"7:手机号码:12812345678:手机号码应为 11 位数字，以 13–19 开头",
						"8:手机号码:1381234567:手机号码应为 11 位数字，以 13–19 开头",
						"9:手机号码:010-62345678:手机号码应为 11 位数字，以 13–19 开头",
						"10:手机号码:1.38123E+10:手机号码应为 11 位数字，以 13–19 开头",
						"11:手机号码:138123456789:手机号码应为 11 位数字，以 13–19 开头");
		// the next roster without the column replaces the rows, mobile included (the later line wins)
		write("roster.csv", StandardCharsets.UTF_8, "cert_type,cert_no,name,main_org_code", "OTHER,M1,甲,ORG1");
		assertThat(run().getStatus()).isEqualTo(BatchStatus.COMPLETED);
		assertThat(this.jdbc.queryForObject("select mobile from physician where cert_no = 'M1'", String.class)).isNull();
	}

	@Test
	@DisplayName("spec §Bad input: every reject reason is reported with line, column, value and both languages")
	void rejectReasons() throws Exception {
		copyBasic("institutions.csv", "roster.csv", "applications.csv", "exam_attempts.csv");
		assertThat(run().getStatus()).isEqualTo(BatchStatus.COMPLETED);
		List<String> reasons = this.jdbc.queryForList("select concat(f.kind, ':', r.line_no, ':', r.column_name, ':',"
				+ " r.reason_en) from import_reject r join import_file f on f.id = r.file_id order by f.kind, r.line_no,"
				+ " r.column_name", String.class);
		assertThat(reasons).contains("applications:5:submitted_at:submitted_at required unless status is DRAFT",
				"exam_attempts:4:第几次:expected an integer ≥ 1", "exam_attempts:4:law_score:score is not a number",
				"institutions:4:所属区:unknown district code",
				"roster:4:birth_date:unparsable date, expected yyyy-MM-dd");
	}

	@Test
	@DisplayName("spec §Bad input: more fields than the header, an open quote, a missing required value, a bad enum")
	void unparsableLines() throws Exception {
		write("hidden.csv", StandardCharsets.UTF_8, "cert_no,org_code,cycle_year,reason,hidden_at,unhidden_at",
				"A1,ORG1,2026,r,2026-04-01 08:00:00,", "A2,ORG1,2026,r,2026-04-01 08:00:00,,extra",
				"A3,,2026,r,2026-04-01 08:00:00,", "A4,ORG1,2026,r,2026-04-01 08:00:00,", "A5,ORG1,2026,\"open,x");
		assertThat(run().getStatus()).isEqualTo(BatchStatus.COMPLETED);
		assertThat(this.jdbc.queryForList("select cert_no from physician_hide order by cert_no", String.class))
			.containsExactly("A1", "A4");
		assertThat(this.jdbc.queryForList("select concat(line_no, ':', column_name) from import_reject order by line_no",
				String.class)).containsExactly("3:", "4:org_code", "6:");
	}

	@Test
	@DisplayName("spec §Data: GB18030 CSV (Excel in China) is detected by validating the bytes as UTF-8")
	void gb18030() throws Exception {
		write("institutions.csv", FileFingerprint_GB18030(), "机构代码,机构名称,所属区,是否考核机构",
				"ORG9,北京大兴区人民医院,110115,否");
		assertThat(run().getStatus()).isEqualTo(BatchStatus.COMPLETED);
		assertThat(this.jdbc.queryForObject("select org_name from institution where org_code = 'ORG9'", String.class))
			.isEqualTo("北京大兴区人民医院");
	}

	static Charset FileFingerprint_GB18030() {
		return Charset.forName("GB18030");
	}

	@Test
	@DisplayName("spec §Data: XLSX first sheet, real date cells, numeric cells, Chinese headers")
	void xlsx() throws Exception {
		try (XSSFWorkbook workbook = new XSSFWorkbook();
				OutputStream stream = Files.newOutputStream(this.input.resolve("roster.xlsx"))) {
			Sheet sheet = workbook.createSheet("名单");
			CellStyle date = workbook.createCellStyle();
			date.setDataFormat(workbook.getCreationHelper().createDataFormat().getFormat("yyyy-mm-dd"));
			Row header = sheet.createRow(0);
			String[] names = { "证件类型", "证件号码", "姓名", "出生日期", "主要执业机构", "其他执业机构" };
			for (int i = 0; i < names.length; i++) {
				header.createCell(i).setCellValue(names[i]);
			}
			Row row = sheet.createRow(1);
			row.createCell(0).setCellValue("RESIDENT");
			row.createCell(1).setCellValue("110101199001011234");
			row.createCell(2).setCellValue("张三");
			row.createCell(3).setCellValue(LocalDateTime.of(1990, 1, 1, 0, 0));
			row.getCell(3).setCellStyle(date);
			row.createCell(4).setCellValue(12345);
			Row bad = sheet.createRow(2);
			bad.createCell(0).setCellValue("ALIEN");
			bad.createCell(1).setCellValue("X1");
			bad.createCell(2).setCellValue("某");
			bad.createCell(4).setCellValue("ORG1");
			workbook.write(stream);
		}
		assertThat(run().getStatus()).isEqualTo(BatchStatus.COMPLETED);
		Map<String, Object> physician = this.jdbc
			.queryForMap("select name, birth_date, main_org_code from physician where cert_no = '110101199001011234'");
		assertThat(physician).containsEntry("name", "张三").containsEntry("main_org_code", "12345");
		assertThat(physician.get("birth_date").toString()).isEqualTo("1990-01-01");
		assertThat(this.jdbc.queryForList("select concat(line_no, ':', column_name) from import_reject", String.class))
			.containsExactly("3:证件类型");
	}

	@Test
	@DisplayName("spec §Bad input: a workbook that is not one (wrong type) is refused, never a crash")
	void malformedWorkbookRefused() throws Exception {
		Files.writeString(this.input.resolve("roster.xlsx"), "cert_type,cert_no\nRESIDENT,1\n");
		JobExecution execution = run();
		assertThat(execution.getStatus()).isEqualTo(BatchStatus.FAILED);
		assertThat(this.jdbc.queryForObject("select status from import_file where kind = 'roster'", String.class)).isEqualTo("REFUSED");
		assertThat(this.jdbc.queryForObject("select message from import_file where kind = 'roster'", String.class)).contains("XLSX");
	}

	@Test
	@DisplayName("spec §Bad input: a wrong header refuses the file, fails the job, keeps nothing; replaced → the same run restarts and completes")
	void refusedThenReplacedAndRestarted() throws Exception {
		copyBasic("institutions.csv");
		write("roster.csv", StandardCharsets.UTF_8, "cert_type,cert_no,name,nickname",
				"RESIDENT,110101199001011234,张三,三儿");
		JobExecution failed = run();
		assertThat(failed.getStatus()).isEqualTo(BatchStatus.FAILED);
		assertThat(failed.getAllFailureExceptions().get(0).getMessage()).contains("文件被拒收 (file refused): roster.csv")
			.contains("main_org_code")
			.contains("nickname");
		assertThat(count("select count(*) from physician")).isZero();
		assertThat(this.jdbc.queryForObject("select status from import_file where kind = 'roster'", String.class))
			.isEqualTo("REFUSED");
		assertThat(count("select count(*) from import_file where kind = 'institutions' and status = 'IMPORTED'"))
			.isEqualTo(1);

		copyBasic("applications.csv");
		write("roster.csv", StandardCharsets.UTF_8, "cert_type,cert_no,name,main_org_code",
				"RESIDENT,110101199001011234,张三,ORG1");
		JobExecution restarted = this.jobOperator.restart(failed);
		assertThat(restarted.getStatus()).isEqualTo(BatchStatus.COMPLETED);
		assertThat(restarted.getJobInstanceId()).isEqualTo(failed.getJobInstanceId());
		assertThat(count("select count(*) from physician")).isEqualTo(1);
		assertThat(count("select count(*) from application")).isEqualTo(2);
		assertThat(count("select count(*) from import_file where kind = 'institutions' and status = 'IMPORTED'"))
			.isEqualTo(1);
	}

	@Test
	@DisplayName("spec §Bad input: rejected rows > max(10, 1 %) refuse the whole file, nothing of it kept")
	void tooManyRejectsRefused() throws Exception {
		writeInstitutionsWithTooManyRejects();
		JobExecution execution = run();
		assertThat(execution.getStatus()).isEqualTo(BatchStatus.FAILED);
		assertThat(count("select count(*) from institution")).isZero();
		assertThat(count("select count(*) from stage_institution")).isZero();
		assertThat(this.jdbc.queryForObject("select message from import_file where kind = 'institutions'", String.class)).contains("11");
		assertThat(this.out.resolve("rejects/institutions.csv.rejects.csv")).exists();
	}

	@Test
	@DisplayName("spec §repeated keys: same SHA-256 skipped; same content under another name gives identical tables")
	void idempotentReimport() throws Exception {
		copyBasic("institutions.csv", "roster.csv", "applications.csv", "evaluations.csv");
		assertThat(run().getStatus()).isEqualTo(BatchStatus.COMPLETED);
		String before = snapshot();
		JobExecution again = run();
		assertThat(again.getStatus()).isEqualTo(BatchStatus.COMPLETED);
		assertThat(this.jdbc.queryForObject("select status from import_file where kind = 'roster'"
				+ " and job_execution_id = ?", String.class, again.getId())).isEqualTo("SKIPPED");
		// issue 26: a kind with nothing to do ends at its prepare
		assertThat(again.getStepExecutions().stream().map(step -> step.getStepName())
			.filter(name -> name.startsWith("import.roster."))).containsExactly("import.roster.prepare");
		assertThat(count("select count(*) from import_file where status = 'IMPORTED'")).isEqualTo(4);
		Files.move(this.input.resolve("roster.csv"), this.input.resolve("roster.xlsx.bak"));
		Files.delete(this.input.resolve("roster.xlsx.bak"));
		Path renamed = this.temp.resolve("other");
		Files.createDirectories(renamed);
		this.input = renamed;
		copyBasic("evaluations.csv", "applications.csv");
		assertThat(run().getStatus()).isEqualTo(BatchStatus.COMPLETED);
		assertThat(snapshot()).isEqualTo(before);
	}

	@Test
	@DisplayName("issue 26: a corrected file — its unchanged lines leave the stored rows as they are (file, line, stamp), the changed ones are merged")
	void correctedFileTouchesOnlyWhatChanged() throws Exception {
		copyBasic("institutions.csv", "roster.csv", "exam_attempts.csv");
		assertThat(run().getStatus()).isEqualTo(BatchStatus.COMPLETED);
		String rosterRows = "select concat(cert_no, ':', name, ':', file_id, ':', line_no, ':', updated_at) from physician"
				+ " order by cert_no";
		String examRows = "select concat(cert_no, ':', attempt_no, ':', passed, ':', file_id, ':', line_no, ':', updated_at)"
				+ " from exam_attempt order by cert_no, attempt_no";
		List<String> physicians = this.jdbc.queryForList(rosterRows, String.class);
		List<String> exams = this.jdbc.queryForList(examRows, String.class);
		Path corrected = Files.createDirectories(this.temp.resolve("corrected"));
		List<String> lines = Files.readAllLines(this.input.resolve("exam_attempts.csv"));
		// the first exam record corrected (failed → passed), one blank line ahead of the rest: every line moves
		lines.set(1, lines.get(1).replace(",N,", ",Y,"));
		lines.add(1, "");
		Files.write(corrected.resolve("exam_attempts.csv"), lines);
		Files.copy(this.input.resolve("roster.csv"), corrected.resolve("roster.csv"));
		this.input = corrected;
		Files.writeString(corrected.resolve("roster.csv"), Files.readString(corrected.resolve("roster.csv")) + "\n");

		assertThat(run().getStatus()).isEqualTo(BatchStatus.COMPLETED);

		assertThat(this.jdbc.queryForList(rosterRows, String.class)).as("the roster again, one blank line more")
			.isEqualTo(physicians);
		List<String> after = this.jdbc.queryForList(examRows, String.class);
		assertThat(after).hasSameSizeAs(exams);
		for (int i = 0; i < exams.size(); i++) {
			if (exams.get(i).startsWith("110101199001011234:1:N:")) {
				assertThat(after.get(i)).startsWith("110101199001011234:1:Y:").isNotEqualTo(exams.get(i));
			}
			else {
				assertThat(after.get(i)).isEqualTo(exams.get(i));
			}
		}
	}

	String snapshot() {
		return String.join("\n",
				this.jdbc.queryForList("select concat(cert_no, org_code, cycle_year, ethics, performance, evaluated_at,"
						+ " confirmed) from evaluation order by cert_no, org_code", String.class))
				+ this.jdbc.queryForList("select concat(cert_no, cycle_year, status, coalesce(specialty, ''),"
						+ " coalesce(submitted_at, '')) from application order by cert_no", String.class)
				+ this.jdbc.queryForList("select concat(code, cert_no, org_code) from input_conflict order by code, cert_no,"
						+ " org_code", String.class);
	}

	@Test
	@DisplayName("spec §repeated keys: applications — later submitted_at wins, DUPLICATE_APPLICATION; evaluations — tie: FAIL wins, confirmed only if both, EVALUATION_CONFLICT")
	void repeatedKeys() throws Exception {
		copyBasic("applications.csv", "evaluations.csv");
		assertThat(run().getStatus()).isEqualTo(BatchStatus.COMPLETED);
		assertThat(this.jdbc.queryForObject("select status from application where cert_no = '110101199001011234'",
				String.class)).isEqualTo("APPROVED");
		Map<String, Object> rated = this.jdbc.queryForMap("select ethics, performance, confirmed from evaluation"
				+ " where cert_no = '110101199001011234' and org_code = 'ORG1'");
		assertThat(rated).containsEntry("ethics", "PASS").containsEntry("performance", "FAIL");
		assertThat(rated.get("confirmed")).isEqualTo("Y");
		assertThat(this.jdbc.queryForList("select concat(code, ':', cert_no, ':', org_code) from input_conflict"
				+ " order by code", String.class))
			.containsExactly("DUPLICATE_APPLICATION:110101199001011234:",
					"EVALUATION_CONFLICT:110101199001011234:ORG1");

		// a later file: an older application does not replace; a tied evaluation with other ratings is combined
		Path next = Files.createDirectories(this.temp.resolve("next"));
		this.input = next;
		write("applications.csv", StandardCharsets.UTF_8, "cert_no,cycle_year,status,submitted_at",
				"110101199001011234,2026,RETURNED,2026-04-01 00:00:00");
		write("evaluations.csv", StandardCharsets.UTF_8,
				"cert_no,org_code,cycle_year,ethics,performance,evaluated_at,confirmed",
				"110101198501011111,ORG2,2026,FAIL,PASS,2026-06-03 10:00:00,Y");
		assertThat(run().getStatus()).isEqualTo(BatchStatus.COMPLETED);
		assertThat(this.jdbc.queryForObject("select status from application where cert_no = '110101199001011234'",
				String.class)).isEqualTo("APPROVED");
		Map<String, Object> tied = this.jdbc.queryForMap("select ethics, performance, confirmed from evaluation"
				+ " where cert_no = '110101198501011111' and org_code = 'ORG2'");
		assertThat(tied).containsEntry("ethics", "FAIL").containsEntry("performance", "PASS");
		assertThat(tied.get("confirmed")).isEqualTo("N");
		assertThat(count("select count(*) from input_conflict where code = 'EVALUATION_CONFLICT'")).isEqualTo(2);
	}

	@Test
	@DisplayName("spec §Jobs: killed mid-file and restarted, the load continues from its last commit — no row lost or doubled")
	void restartMidFile() throws Exception {
		StringBuilder csv = new StringBuilder("cert_type,cert_no,name,main_org_code,other_org_codes\n");
		for (int i = 0; i < 3500; i++) {
			csv.append("OTHER,C").append(i).append(",医师").append(i).append(",ORG").append(i % 7)
				.append(",ORGX;ORGY\n");
		}
		Files.writeString(this.input.resolve("roster.csv"), csv);
		// the line of C2500 fails while the constraint stands, after two chunks of 1000 committed
		JobExecution failed = runFailingOnC2500("stage_physician");
		assertThat(failed.getStatus()).isEqualTo(BatchStatus.FAILED);
		assertThat(count("select count(*) from stage_physician")).isEqualTo(2000);
		assertThat(count("select count(*) from physician")).isZero();
		JobExecution restarted = this.jobOperator.restart(failed);
		assertThat(restarted.getStatus()).isEqualTo(BatchStatus.COMPLETED);
		var load = restarted.getStepExecutions()
			.stream()
			.filter(step -> step.getStepName().equals("import.roster.load"))
			.findFirst()
			.orElseThrow();
		assertThat(load.getReadCount()).isEqualTo(1500);
		String resumed = String.join(",", this.jdbc.queryForList(
				"select concat(cert_no, name, line_no) from physician order by cert_no", String.class));
		long sites = count("select count(*) from physician_site");

		TABLES.forEach(table -> this.jdbc.update("delete from " + table));
		assertThat(run().getStatus()).isEqualTo(BatchStatus.COMPLETED);
		assertThat(String.join(",", this.jdbc.queryForList(
				"select concat(cert_no, name, line_no) from physician order by cert_no", String.class))).isEqualTo(resumed);
		assertThat(count("select count(*) from physician")).isEqualTo(3500);
		assertThat(count("select count(*) from physician_site")).isEqualTo(sites).isEqualTo(3500 * 3);
		assertThat(count("select count(*) from stage_physician")).isZero();
	}

	@Test
	@DisplayName("spec §Jobs: failing mid-merge keeps whole slices; the ruling refuses a half-merged file; the restart finishes it as a clean run would")
	void restartMidMerge() throws Exception {
		Files.writeString(this.input.resolve("roster.csv"), rosterWithRepeatedLines());
		// the slice holding C2500 fails while the constraint stands; slices before it are committed
		JobExecution failed = runFailingOnC2500("physician");
		assertThat(failed.getStatus()).isEqualTo(BatchStatus.FAILED);
		assertThat(this.jdbc.queryForObject("select status from import_file where kind = 'roster'", String.class)).isEqualTo("MERGING");
		assertThat(count("select count(*) from physician")).isBetween(1L, 3499L);
		JobExecution ruling = this.jobOperator.start(this.ruleJob, parameters());
		assertThat(ruling.getStatus()).isEqualTo(BatchStatus.FAILED);
		assertThat(ruling.getAllFailureExceptions().get(0).getMessage()).contains("导入未完成：roster.csv");

		JobExecution restarted = this.jobOperator.restart(failed);
		assertThat(restarted.getStatus()).isEqualTo(BatchStatus.COMPLETED);
		List<String> resumed = physiciansAndSites();
		assertThat(this.jdbc.queryForObject("select status from import_file where kind = 'roster'", String.class)).isEqualTo("IMPORTED");
		assertThat(count("select count(*) from stage_physician") + count("select count(*) from stage_physician_site"))
			.isZero();

		TABLES.forEach(table -> this.jdbc.update("delete from " + table));
		assertThat(run().getStatus()).isEqualTo(BatchStatus.COMPLETED);
		assertThat(physiciansAndSites()).isEqualTo(resumed).hasSize(3500 + 3300 * 3 + 200 * 2);
		// the later line of a repeated key wins although the two lines are 3,300 lines apart
		assertThat(this.jdbc.queryForObject("select name from physician where cert_no = 'C7'", String.class))
			.isEqualTo("新医师7");
	}

	@Test
	@DisplayName("spec §Jobs: a file whose merge was interrupted is finished from staging before a replacing file is merged over it")
	void replacedMidMerge() throws Exception {
		Files.writeString(this.input.resolve("roster.csv"), rosterWithRepeatedLines());
		assertThat(runFailingOnC2500("physician").getStatus()).isEqualTo(BatchStatus.FAILED);
		Files.writeString(this.input.resolve("roster.csv"),
				"cert_type,cert_no,name,main_org_code\nOTHER,C2500,替换,ORG1\nOTHER,NEW1,新来,ORG1\n");
		assertThat(run().getStatus()).isEqualTo(BatchStatus.COMPLETED);
		assertThat(this.jdbc.queryForList("select status from import_file where kind = 'roster' order by id", String.class))
			.containsExactly("IMPORTED", "IMPORTED");
		assertThat(count("select count(*) from physician")).isEqualTo(3501);
		assertThat(this.jdbc.queryForObject("select name from physician where cert_no = 'C2500'", String.class))
			.isEqualTo("替换");
		assertThat(count("select count(*) from physician_site where cert_no = 'C2500'")).isEqualTo(1);
		assertThat(count("select count(*) from physician_site where cert_no = 'C2501'")).isEqualTo(3);
	}

	// ---------------------------------------------------------------- the report of every case

	static final String HEADER = "类型 kind | 文件 file | 读取 read | 导入 imported | 拒绝 rejected | 状态 status\n---\n";

	static final String HEADER_REFUSED = "REFUSED 拒收: 文件被拒收 (file refused): roster.csv — 表头不符 (header mismatch):"
			+ " 缺少必需列 (missing requir…";

	/** The report as printed, columns parted by " | ", the out folder as OUT, the rule under the header as ---. */
	String report(JobExecution execution) {
		java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
		this.report.print(execution, this.out, new java.io.PrintStream(bytes, true, StandardCharsets.UTF_8));
		return bytes.toString(StandardCharsets.UTF_8)
			.replace(this.out.toString(), "OUT")
			.replaceAll(" {2,}", " | ")
			.replaceAll("(?m)^-+$", "---");
	}

	long fileId(String kind, String status) {
		return count("select max(id) from import_file where kind = ? and status = ?", kind, status);
	}

	@Test
	@DisplayName("import report: imported, missing, then skipped (same SHA-256 as the import it names), with the reject files")
	void reportImportedMissingSkipped() throws Exception {
		copyBasic("institutions.csv", "roster.csv");
		String missing = """
				applications | - | 0 | 0 | 0 | MISSING 无文件
				evaluations | - | 0 | 0 | 0 | MISSING 无文件
				exam_attempts | - | 0 | 0 | 0 | MISSING 无文件
				hidden | - | 0 | 0 | 0 | MISSING 无文件
				""";
		assertThat(report(run())).isEqualTo(HEADER + """
				institutions | institutions.csv | 3 | 2 | 1 | IMPORTED 已导入
				roster | roster.csv | 3 | 2 | 1 | IMPORTED 已导入
				""" + missing + """
				拒收记录 (reject files):
				 | institutions.csv → OUT/rejects/institutions.csv.rejects.csv (1 行 rows)
				 | roster.csv → OUT/rejects/roster.csv.rejects.csv (1 行 rows)
				""");
		assertThat(report(run())).isEqualTo(HEADER + """
				institutions | institutions.csv | 0 | 0 | 0 | SKIPPED 已导入过 (same SHA-256 as import #%d)
				roster | roster.csv | 0 | 0 | 0 | SKIPPED 已导入过 (same SHA-256 as import #%d)
				""".formatted(fileId("institutions", "IMPORTED"), fileId("roster", "IMPORTED")) + missing);
	}

	@Test
	@DisplayName("import report: refused before a file row existed, refused with its rows, not reached; a restart shows what it did not reach as the run's earlier attempt left it")
	void reportRefusedAndNotReached() throws Exception {
		copyBasic("institutions.csv");
		write("roster.csv", StandardCharsets.UTF_8, "cert_type,cert_no,name,nickname", "RESIDENT,1,张三,三儿");
		JobExecution refused = run();
		String others = """
				applications | - | 0 | 0 | 0 | MISSING 无文件
				evaluations | - | 0 | 0 | 0 | MISSING 无文件
				exam_attempts | - | 0 | 0 | 0 | MISSING 无文件
				hidden | - | 0 | 0 | 0 | 未开始 (not reached)
				""";
		assertThat(report(refused)).isEqualTo(HEADER + """
				institutions | institutions.csv | 3 | 2 | 1 | IMPORTED 已导入
				roster | roster.csv | 0 | 0 | 0 | %s
				""".formatted(HEADER_REFUSED) + others + """
				拒收记录 (reject files):
				 | institutions.csv → OUT/rejects/institutions.csv.rejects.csv (1 行 rows)
				""");
		write("institutions.csv", StandardCharsets.UTF_8, "org_code,whatever", "ORG1,x");
		assertThat(report(this.jobOperator.restart(refused))).isEqualTo(HEADER + """
				institutions | institutions.csv | 0 | 0 | 0 | REFUSED 拒收: 文件被拒收 (file refused): institutions.csv — 表头不符 (header mismatch): 缺少必需列 (missing …
				roster | roster.csv | 0 | 0 | 0 | %s
				""".formatted(HEADER_REFUSED) + others);

		cleanTables();
		Files.delete(this.input.resolve("roster.csv"));
		writeInstitutionsWithTooManyRejects();
		assertThat(report(run())).isEqualTo(HEADER + """
				institutions | institutions.csv | 111 | 0 | 11 | REFUSED 拒收: 文件被拒收 (file refused): institutions.csv — 拒绝 11 行，超过上限 max(10, 1.0% × 111 行) (11 …
				roster | - | 0 | 0 | 0 | 未开始 (not reached)
				applications | - | 0 | 0 | 0 | 未开始 (not reached)
				evaluations | - | 0 | 0 | 0 | 未开始 (not reached)
				exam_attempts | - | 0 | 0 | 0 | 未开始 (not reached)
				hidden | - | 0 | 0 | 0 | 未开始 (not reached)
				拒收记录 (reject files):
				 | institutions.csv → OUT/rejects/institutions.csv.rejects.csv (11 行 rows)
				""");
	}

	@Test
	@DisplayName("import report: a file whose merge failed is not finished")
	void reportNotFinished() throws Exception {
		Files.writeString(this.input.resolve("roster.csv"), rosterWithRepeatedLines());
		assertThat(report(runFailingOnC2500("physician"))).isEqualTo(HEADER + """
				institutions | - | 0 | 0 | 0 | MISSING 无文件
				roster | roster.csv | 3700 | 3700 | 0 | LOAD 未完成 (not finished)
				applications | - | 0 | 0 | 0 | MISSING 无文件
				evaluations | - | 0 | 0 | 0 | MISSING 无文件
				exam_attempts | - | 0 | 0 | 0 | MISSING 无文件
				hidden | - | 0 | 0 | 0 | 未开始 (not reached)
				""");
	}

	@Test
	@DisplayName("issue 21: lines the import cannot take end the run with kind, file, lines and cause on the one line — when staged and when merged")
	void unprocessableLinesNamedInTheReason() throws Exception {
		StringBuilder csv = new StringBuilder("cert_no,org_code,cycle_year,ethics,performance,evaluated_at,confirmed\n");
		for (int i = 2490; i < 2510; i++) {
			csv.append("C").append(i).append(",ORG1,2026R,PASS,PASS,2027-05-02 10:00:00,Y\n");
		}
		Files.writeString(this.input.resolve("evaluations.csv"), csv);
		JobExecution merged = runFailingOnC2500("evaluation");
		assertThat(merged.getStatus()).isEqualTo(BatchStatus.FAILED);
		assertThat(FailureReason.of(merged)).contains("import.evaluations.merge", "机构评价 (evaluations) evaluations.csv",
				"merging the lines with cert_no").doesNotContain("\n");

		TABLES.forEach(table -> this.jdbc.update("delete from " + table));
		JobExecution staged = runFailingOnC2500("stage_evaluation");
		assertThat(staged.getStatus()).isEqualTo(BatchStatus.FAILED);
		assertThat(FailureReason.of(staged)).contains("import.evaluations.load", "机构评价 (evaluations) evaluations.csv",
				"(lines 2–21)").doesNotContain("\n");
	}

	// ---------------------------------------------------------------- broken files that are imported (issue 10)

	List<String> rejectedLines(String kind) {
		return this.jdbc.queryForList("select concat(r.line_no, ':', r.reason_en) from import_reject r join import_file f"
				+ " on f.id = r.file_id where f.kind = ? order by r.line_no, r.column_name", String.class, kind);
	}

	@Test
	@DisplayName("spec §Bad input: a truncated last line is rejected; every other row imported")
	void truncatedLastLine() throws Exception {
		Files.writeString(this.input.resolve("hidden.csv"), "cert_no,org_code,cycle_year,reason,hidden_at,unhidden_at\n"
				+ "A1,ORG1,2026,r,2026-04-01 08:00:00,\nA2,ORG1,2026,r,2026-04-01 08:00:00,\nA3,ORG1,2026,r");
		assertThat(run().getStatus()).isEqualTo(BatchStatus.COMPLETED);
		assertThat(this.jdbc.queryForList("select cert_no from physician_hide order by cert_no", String.class))
			.containsExactly("A1", "A2");
		assertThat(rejectedLines("hidden")).containsExactly("4:required value missing");
	}

	@Test
	@DisplayName("spec §Bad input: a 20 MB line rejects that row only; the reject file quotes at most 200 characters; nothing crashes")
	void twentyMegabyteLine() throws Exception {
		StringBuilder csv = new StringBuilder("cert_type,cert_no,name,main_org_code\n");
		for (int i = 0; i < 30; i++) {
			csv.append("OTHER,C").append(i).append(",医师,ORG1\n");
			if (i == 10) {
				csv.append("OTHER,HUGE,").append("长".repeat(20_000_000)).append(",ORG1\n");
			}
		}
		Files.writeString(this.input.resolve("roster.csv"), csv);
		assertThat(run().getStatus()).isEqualTo(BatchStatus.COMPLETED);
		assertThat(count("select count(*) from physician")).isEqualTo(30);
		assertThat(count("select count(*) from physician where cert_no = 'C29' and line_no = 32")).isEqualTo(1);
		assertThat(rejectedLines("roster")).containsExactly("13:record longer than 10000 characters");
		for (String line : Files.readAllLines(this.out.resolve("rejects/roster.csv.rejects.csv"))) {
			assertThat(line.length()).isLessThan(400);
		}
	}

	@Test
	@DisplayName("spec §Bad input: a value over its column's length rejects the row, quoted by 200 characters")
	void valueOverItsLimit() throws Exception {
		write("institutions.csv", StandardCharsets.UTF_8, "org_code,org_name,district_code,exam_org",
				"ORG1,医院,110115,N", "ORG2," + "名".repeat(5000) + ",110115,N", "ORG3,医院,110115,N");
		assertThat(run().getStatus()).isEqualTo(BatchStatus.COMPLETED);
		assertThat(count("select count(*) from institution")).isEqualTo(2);
		assertThat(rejectedLines("institutions")).containsExactly("3:value longer than 200");
		assertThat(this.jdbc.queryForObject("select char_length(raw_value) from import_reject", Integer.class))
			.isEqualTo(200);
	}

	@Test
	@DisplayName("spec §Data: GB18030 content behind a UTF-8 BOM (an editor's mix-up), and behind GB18030's own BOM, is read as GB18030")
	void gb18030WithBomMixUp() throws Exception {
		byte[] content = "机构代码,机构名称,所属区,是否考核机构\nORG9,北京大兴区人民医院,110115,否\n".getBytes(Charset.forName("GB18030"));
		Files.write(this.input.resolve("institutions.csv"), concat(new byte[] { (byte) 0xEF, (byte) 0xBB, (byte) 0xBF }, content));
		assertThat(run().getStatus()).isEqualTo(BatchStatus.COMPLETED);
		assertThat(this.jdbc.queryForObject("select org_name from institution where org_code = 'ORG9'", String.class))
			.isEqualTo("北京大兴区人民医院");

		Files.write(this.input.resolve("institutions.csv"),
				concat(new byte[] { (byte) 0x84, 0x31, (byte) 0x95, 0x33 }, content, "ORG8,北京通州医院,110112,是\n".getBytes(Charset.forName("GB18030"))));
		assertThat(run().getStatus()).isEqualTo(BatchStatus.COMPLETED);
		assertThat(this.jdbc.queryForObject("select org_name from institution where org_code = 'ORG8'", String.class))
			.isEqualTo("北京通州医院");
	}

	private static byte[] concat(byte[]... parts) {
		var bytes = new java.io.ByteArrayOutputStream();
		for (byte[] part : parts) {
			bytes.writeBytes(part);
		}
		return bytes.toByteArray();
	}

	@Test
	@DisplayName("spec §Bad input: a quote left open in the last lines rejects every line it swallowed, naming the line it opened on")
	void openQuoteInTheLastLines() throws Exception {
		StringBuilder csv = new StringBuilder("org_code,org_name,district_code,exam_org\n");
		for (int i = 0; i < 100; i++) {
			csv.append("OK").append(i).append(",医院,110115,N\n");
		}
		csv.append("OPEN,\"医院,110115,N\nLATE1,医院,110115,N\nLATE2,医院,110115,N\n");
		Files.writeString(this.input.resolve("institutions.csv"), csv);
		assertThat(run().getStatus()).isEqualTo(BatchStatus.COMPLETED);
		assertThat(count("select count(*) from institution")).isEqualTo(100);
		assertThat(rejectedLines("institutions")).containsExactly(
				"102:the quote opened on line 102 is never closed: it swallows every line after it",
				"103:swallowed by the quote left open on line 102", "104:swallowed by the quote left open on line 102");
		assertThat(count("select rows_read from import_file where kind = 'institutions'")).isEqualTo(103);
	}

	@Test
	@DisplayName("spec §Bad input: a stray quote that joins lines into one unparsable record rejects each line it joined")
	void strayQuoteJoiningLines() throws Exception {
		write("institutions.csv", StandardCharsets.UTF_8, "org_code,org_name,district_code,exam_org", "ORG1,医院,110115,N",
				"ORG2,\"医院,110115,N", "ORG3,医院,110115,N", "ORG4,医\"院,110115,N", "ORG5,医院,110115,N");
		assertThat(run().getStatus()).isEqualTo(BatchStatus.COMPLETED);
		assertThat(this.jdbc.queryForList("select org_code from institution order by org_code", String.class))
			.containsExactly("ORG1", "ORG5");
		assertThat(rejectedLines("institutions")).hasSize(3)
			.allMatch(line -> line.matches("[345]:.*"));
	}

	/** 3,500 physicians with three sites, then a later line for C0–C199 with a new name and two sites. */
	private static String rosterWithRepeatedLines() {
		StringBuilder csv = new StringBuilder("cert_type,cert_no,name,main_org_code,other_org_codes\n");
		for (int i = 0; i < 3500; i++) {
			csv.append("OTHER,C").append(i).append(",医师").append(i).append(",ORG").append(i % 7)
				.append(",ORGX;ORGY\n");
		}
		for (int i = 0; i < 200; i++) {
			csv.append("OTHER,C").append(i).append(",新医师").append(i).append(",ORG1,ORGZ\n");
		}
		return csv.toString();
	}

	private List<String> physiciansAndSites() {
		List<String> rows = new ArrayList<>(this.jdbc.queryForList(
				"select concat(cert_no, name, line_no) from physician order by cert_no", String.class));
		rows.addAll(this.jdbc.queryForList(
				"select concat(cert_no, org_code, is_main) from physician_site order by cert_no, org_code", String.class));
		return rows;
	}

	/** 100 good institutions and 11 with an unknown district: 11 rejects exceed max(10, 1 % of 111). */
	private void writeInstitutionsWithTooManyRejects() throws IOException {
		StringBuilder csv = new StringBuilder("org_code,org_name,district_code,exam_org\n");
		for (int i = 0; i < 100; i++) {
			csv.append("OK").append(i).append(",医院,110115,N\n");
		}
		for (int i = 0; i < 11; i++) {
			csv.append("BAD").append(i).append(",医院,000000,N\n");
		}
		Files.writeString(this.input.resolve("institutions.csv"), csv);
	}

}
