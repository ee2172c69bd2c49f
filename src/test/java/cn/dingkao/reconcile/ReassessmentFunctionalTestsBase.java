package cn.dingkao.reconcile;

import java.io.OutputStream;
import java.io.PrintStream;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import cn.dingkao.batch.JobRunner;
import cn.dingkao.feed.FeedDeliveries;
import cn.dingkao.feed.FeedDelivery;
import cn.dingkao.generate.GenerateCommand;
import cn.dingkao.ruling.Cycle;
import cn.dingkao.summary.SummaryFiles;
import cn.dingkao.testing.Tables;
import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import de.siegmar.fastcsv.reader.NamedCsvRecord;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.InstanceOfAssertFactories.STRING;

/**
 * The re-assessment of cycle 2026 (spec "The re-assessment", cycle code {@code 2026R}) on the sample: cycle 2026 is
 * imported and ruled on {@code sample-input/} (business date 2026-08-11), then 2026R on {@code sample-input/2026R/}
 * (business date 2027-07-23), and every physician of the population is checked against
 * {@code sample-input/2026R/expected-results.csv}, worked out by hand (each line says why). Also: only the population
 * has 2026R results, the records of others are set aside as {@code expected-not-ruled.csv} says, 2026 stays as it
 * was, 2026R before 2026 has results is refused, and the nightly of 2026R writes its own workbooks and feed.
 */
abstract class ReassessmentFunctionalTestsBase {

	static final Cycle Y2026 = Cycle.regular(2026);

	static final Cycle Y2026R = Cycle.of("2026R");

	static final LocalDate AFTER_2026_CLOSE = LocalDate.of(2026, 8, 11);

	static final LocalDate AFTER_2026R_CLOSE = LocalDate.of(2027, 7, 23);

	static final Path SAMPLE = Path.of("sample-input");

	static final Path SAMPLE_2026R = SAMPLE.resolve("2026R");

	static final String RESULTS = """
			SELECT cert_no, cert_type, name, main_org_code, district_code, outcome_code, ethics, performance, business,
			       reasons, warnings, application_status, all_sites_rated, exam_passed, lineage, content_hash, version,
			       run_id, decided_on
			  FROM result WHERE cycle_year = ? ORDER BY cert_no""";

	static final String EXCEPTIONS = """
			SELECT code, severity, cert_no, org_code, district_code, detail, run_id FROM ruling_exception
			 WHERE cycle_year = ? ORDER BY code, cert_no, org_code, detail""";

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

	@Autowired
	@Qualifier("nightlyJob")
	Job nightlyJob;

	@Autowired
	@Qualifier("feedJob")
	Job feedJob;

	@Autowired
	FeedDeliveries deliveries;

	@Autowired
	Explainer explainer;

	@TempDir
	Path out;

	@BeforeEach
	void emptyTables() {
		Tables.empty(this.jdbc);
	}

	JobParameters parameters(Cycle cycle, LocalDate date, Path input) {
		return new JobParametersBuilder().addString("cycle", cycle.code())
			.addLocalDate("date", date)
			.addString("input", input.toAbsolutePath().toString(), false)
			.addString("out", this.out.toString(), false)
			.toJobParameters();
	}

	JobExecution run(Job job, Cycle cycle, LocalDate date, Path input) throws Exception {
		return this.jobRunner.run(job, parameters(cycle, date, input), true).execution();
	}

	void importAndRule(Cycle cycle, LocalDate date, Path input) throws Exception {
		JobExecution imported = run(this.importJob, cycle, date, input);
		assertThat(imported.getStatus()).as(imported.getAllFailureExceptions().toString())
			.isEqualTo(BatchStatus.COMPLETED);
		JobExecution ruled = run(this.ruleJob, cycle, date, input);
		assertThat(ruled.getStatus()).as(ruled.getAllFailureExceptions().toString()).isEqualTo(BatchStatus.COMPLETED);
	}

	@Test
	@DisplayName("issue 14 / spec The re-assessment: 2026 then 2026R on the sample give the hand-worked results of every physician of the population")
	void everyPhysicianOfThePopulationGetsTheHandWorkedResult() throws Exception {
		importAndRule(Y2026, AFTER_2026_CLOSE, SAMPLE);
		ExpectedResults expected2026 = ExpectedResults.read(SAMPLE.resolve("expected-results.csv"));
		assertThat(expected2026.mismatches(this.jdbc, Y2026)).isEmpty();
		List<Map<String, Object>> results2026 = this.jdbc.queryForList(RESULTS, Y2026.code());
		List<Map<String, Object>> exceptions2026 = this.jdbc.queryForList(EXCEPTIONS, Y2026.code());

		importAndRule(Y2026R, AFTER_2026R_CLOSE, SAMPLE_2026R);

		ExpectedResults expected = ExpectedResults.read(SAMPLE_2026R.resolve("expected-results.csv"));
		assertThat(expected.mismatches(this.jdbc, Y2026R))
			.as("physicians whose 2026R ruling differs from sample-input/2026R/expected-results.csv")
			.isEmpty();

		// spec: the population of 2026R = FAIL or DEFERRED in 2026, and results of 2026R hold it only
		Set<String> population = new TreeSet<>(this.jdbc.queryForList(
				"SELECT cert_no FROM result WHERE cycle_year = '2026' AND outcome_code IN (2, 4)", String.class));
		assertThat(population).hasSize(14).isEqualTo(new TreeSet<>(expected.lines.keySet()));
		assertThat(this.jdbc.queryForList("SELECT cert_no FROM result WHERE cycle_year = '2026R'", String.class))
			.containsExactlyInAnyOrderElementsOf(population);
		assertThat(this.jdbc.queryForList("SELECT decided_on FROM result WHERE cycle_year = '2026R'", LocalDate.class))
			.containsOnly(AFTER_2026R_CLOSE);

		// spec: records of 2026R of anyone else are set aside (NOT_DUE_FOR_REASSESSMENT, UNKNOWN_PHYSICIAN), nothing more
		Set<String> setAside = new TreeSet<>();
		for (Map<String, Object> row : this.jdbc.queryForList(
				"SELECT DISTINCT cert_no, code FROM ruling_exception WHERE cycle_year = '2026R'")) {
			if (!population.contains((String) row.get("cert_no"))) {
				setAside.add(row.get("cert_no") + " " + row.get("code"));
			}
		}
		assertThat(setAside).as("2026R exceptions outside the population").isEqualTo(notRuled());

		// explain CERT_NO --cycle 2026R: the stored 2026R result of the population, and why others have none
		for (String cert : population) {
			assertThat(this.explainer.explain(Y2026R, cert, AFTER_2026R_CLOSE)).get(STRING)
				.contains(cert + " 2026年度再次考核定期考核结果");
		}
		for (String line : notRuled()) {
			String cert = line.substring(0, line.indexOf(' '));
			if (line.endsWith("NOT_DUE_FOR_REASSESSMENT")) {
				assertThat(this.explainer.explain(Y2026R, cert, AFTER_2026R_CLOSE)).get(STRING)
					.contains("不在2026年度再次考核范围内")
					.contains("NOT_DUE_FOR_REASSESSMENT")
					.doesNotContain("定期考核结果");
			}
		}

		// 2026 stays as it was: the same rows, and still the 320 hand-worked lines
		assertThat(this.jdbc.queryForList(RESULTS, Y2026.code())).isEqualTo(results2026);
		assertThat(this.jdbc.queryForList(EXCEPTIONS, Y2026.code())).isEqualTo(exceptions2026);
		assertThat(expected2026.lines).hasSize(320);
		assertThat(expected2026.mismatches(this.jdbc, Y2026)).isEmpty();

		// a rerun of 2026R on the same inputs changes nothing (spec "What the pipeline produces")
		List<Map<String, Object>> results2026R = this.jdbc.queryForList(RESULTS, Y2026R.code());
		List<Map<String, Object>> exceptions2026R = this.jdbc.queryForList(EXCEPTIONS, Y2026R.code());
		assertThat(run(this.ruleJob, Y2026R, AFTER_2026R_CLOSE, SAMPLE_2026R).getStatus())
			.isEqualTo(BatchStatus.COMPLETED);
		assertThat(this.jdbc.queryForList(RESULTS, Y2026R.code())).isEqualTo(results2026R);
		assertThat(this.jdbc.queryForList(EXCEPTIONS, Y2026R.code())).isEqualTo(exceptions2026R);
	}

	@Test
	@DisplayName("spec The re-assessment: ruling 2026R before cycle 2026 has results is refused with a clear message, and writes nothing")
	void reassessmentBeforeTheBaseCycleHasResultsIsRefused() throws Exception {
		JobExecution imported = run(this.importJob, Y2026, AFTER_2026_CLOSE, SAMPLE);
		assertThat(imported.getStatus()).isEqualTo(BatchStatus.COMPLETED);

		// a date of its own: a refused run stays FAILED in the job repository and would be continued, not started
		JobExecution refused = run(this.ruleJob, Y2026R, LocalDate.of(2027, 7, 1), SAMPLE_2026R);

		assertThat(refused.getStatus()).isEqualTo(BatchStatus.FAILED);
		assertThat(refused.getAllFailureExceptions()).singleElement()
			.satisfies(failure -> assertThat(failure.getMessage()).contains("2026年度尚无裁定结果")
				.contains("./dingkao rule --cycle 2026")
				.contains("cycle 2026 has no results yet"));
		assertThat(this.jdbc.queryForObject("SELECT COUNT(*) FROM result", Integer.class)).isZero();
		assertThat(this.jdbc.queryForObject("SELECT COUNT(*) FROM ruling_run", Integer.class)).isZero();
		assertThat(this.explainer.explain(Y2026R, "110106197201155561", AFTER_2026R_CLOSE)).get(STRING)
			.contains("2026年度尚无该医师的裁定结果")
			.doesNotContain("定期考核结果");
	}

	@Test
	@DisplayName("spec The re-assessment, Outputs: the nightly of 2026R writes summary/2026R/ and DK_2026R_20270723_0001.csv of the population; 2026's feed keeps its bytes")
	void nightlyOfTheReassessmentWritesItsOwnWorkbooksAndFeed() throws Exception {
		JobExecution night2026 = run(this.nightlyJob, Y2026, AFTER_2026_CLOSE, SAMPLE);
		assertThat(night2026.getStatus()).as(night2026.getAllFailureExceptions().toString())
			.isEqualTo(BatchStatus.COMPLETED);
		Path feed2026 = this.out.resolve("feed/2026/DK_2026_20260811_0001.csv");
		byte[] feed2026Bytes = Files.readAllBytes(feed2026);
		List<Path> workbooks2026 = SummaryFiles.list(this.out, Y2026, AFTER_2026_CLOSE);

		JobExecution night2026R = run(this.nightlyJob, Y2026R, AFTER_2026R_CLOSE, SAMPLE_2026R);
		assertThat(night2026R.getStatus()).as(night2026R.getAllFailureExceptions().toString())
			.isEqualTo(BatchStatus.COMPLETED);
		ExpectedResults expected = ExpectedResults.read(SAMPLE_2026R.resolve("expected-results.csv"));
		assertThat(expected.mismatches(this.jdbc, Y2026R)).isEmpty();

		// the feed of 2026R: its own name and sequence, every row 2026R, the population but the HIDDEN
		Path feed = this.out.resolve("feed/2026R/DK_2026R_20270723_0001.csv");
		List<CsvRecord> rows = readCsv(feed);
		assertThat(rows.get(0).getFields()).containsExactly("cert_type", "cert_no", "name", "cycle_year",
				"outcome_code", "outcome", "ethics", "performance", "business", "specialty", "main_org_code",
				"simplified", "reasons", "decided_on");
		List<CsvRecord> data = rows.subList(1, rows.size());
		assertThat(data).extracting(r -> r.getField(3)).containsOnly("2026R");
		assertThat(data).extracting(r -> r.getField(13)).containsOnly("2027-07-23");
		List<String> delivered = new ArrayList<>();
		for (CsvRecord row : data) {
			delivered.add(row.getField(1));
			assertThat(Integer.parseInt(row.getField(4))).as(row.getField(1)).isEqualTo(expected.outcome(row.getField(1)));
			assertThat(row.getField(12)).as(row.getField(1))
				.isEqualTo(expected.lines.get(row.getField(1)).getField("reasons"));
		}
		assertThat(delivered).containsExactlyInAnyOrderElementsOf(
				expected.lines.keySet().stream().filter(cert -> expected.outcome(cert) != 0).toList());
		assertThat(delivered).as("sorted by cert_no").isSorted();
		JsonNode manifest = JsonMapper.builder().build()
			.readTree(Files.readString(this.out.resolve("feed/2026R/DK_2026R_20270723_0001.csv.manifest.json")));
		assertThat(manifest.get("cycle").isString()).isTrue();
		assertThat(manifest.get("cycle").asString()).isEqualTo("2026R");
		assertThat(manifest.get("sequence").asInt()).isEqualTo(1);
		assertThat(manifest.get("rows").asLong()).isEqualTo(data.size());
		assertThat(this.deliveries.ofCycle(Y2026R)).extracting(FeedDelivery::getFileName)
			.containsExactly("DK_2026R_20270723_0001.csv");

		// the workbooks of 2026R under summary/2026R/: the city and each district of the population
		List<Path> workbooks = SummaryFiles.list(this.out, Y2026R, AFTER_2026R_CLOSE);
		Set<String> districts = new TreeSet<>(this.jdbc.queryForList(
				"SELECT DISTINCT district_code FROM result WHERE cycle_year = '2026R'", String.class));
		assertThat(workbooks).extracting(file -> file.getParent().getFileName().toString()).containsOnly("2026R");
		assertThat(workbooks).extracting(file -> file.getFileName().toString().substring(0, 6))
			.containsExactlyInAnyOrderElementsOf(Stream.concat(Stream.of("110000"), districts.stream()).toList());
		String city = cells(workbooks.get(0));
		for (String cert : expected.lines.keySet()) {
			assertThat(city).as("no full certificate number in a workbook").doesNotContain(cert);
			if (expected.outcome(cert) >= 2) {
				assertThat(city).as("listed among 不合格及未参加: " + cert)
					.contains(cert.substring(0, 6) + "********" + cert.substring(14));
			}
		}

		// 2026 keeps what it delivered, and its feed from the same results has the same bytes
		assertThat(Files.readAllBytes(feed2026)).isEqualTo(feed2026Bytes);
		assertThat(SummaryFiles.list(this.out, Y2026, AFTER_2026_CLOSE)).isEqualTo(workbooks2026);
		assertThat(this.deliveries.ofCycle(Y2026)).hasSize(1);
		assertThat(Files.readAllBytes(deliver(Y2026, AFTER_2026_CLOSE, SAMPLE, "FULL", 2)))
			.as("2026 feed after the re-assessment").isEqualTo(feed2026Bytes);
	}

	@Test
	@DisplayName("spec Registry feed, DELTA: a delivered 2026R physician who leaves the population (2026 result corrected to 合格) is revoked once — outcome 0 撤销, MISSING, no reasons")
	void deltaRevokesAPhysicianWhoLeftThePopulation() throws Exception {
		assertThat(run(this.nightlyJob, Y2026, AFTER_2026_CLOSE, SAMPLE).getStatus()).isEqualTo(BatchStatus.COMPLETED);
		assertThat(run(this.nightlyJob, Y2026R, AFTER_2026R_CLOSE, SAMPLE_2026R).getStatus())
			.isEqualTo(BatchStatus.COMPLETED);
		String leaving = this.jdbc.queryForObject("SELECT MIN(r.cert_no) FROM result r JOIN feed_delivered_row d"
				+ " ON d.cycle_year = r.cycle_year AND d.cert_no = r.cert_no WHERE r.cycle_year = '2026R'"
				+ " AND r.outcome_code = 1", String.class);
		assertThat(leaving).isNotNull();
		// a corrected 2026 ruling: the physician passed 2026 after all, so 2026R no longer concerns them (fixture
		// written straight to the table, as the corrected re-ruling of 2026 would leave it)
		this.jdbc.update("UPDATE result SET outcome_code = 1, reasons = '' WHERE cycle_year = '2026' AND cert_no = ?",
				leaving);

		LocalDate nextDay = AFTER_2026R_CLOSE.plusDays(1);
		JobExecution ruled = run(this.ruleJob, Y2026R, nextDay, SAMPLE_2026R);
		assertThat(ruled.getStatus()).as(ruled.getAllFailureExceptions().toString()).isEqualTo(BatchStatus.COMPLETED);
		assertThat(this.jdbc.queryForObject("SELECT COUNT(*) FROM result WHERE cycle_year = '2026R' AND cert_no = ?",
				Integer.class, leaving)).as("no 2026R result outside the population").isZero();
		List<CsvRecord> delta = readCsv(deliver(Y2026R, nextDay, SAMPLE_2026R, "DELTA", 2));
		assertThat(delta).hasSize(2);
		CsvRecord revoked = delta.get(1);
		assertThat(revoked.getField(1)).isEqualTo(leaving);
		assertThat(revoked.getFields().subList(3, 9)).containsExactly("2026R", "0", "撤销", "MISSING", "MISSING",
				"MISSING");
		assertThat(revoked.getField(12)).as("no reasons").isEmpty();
		assertThat(revoked.getField(13)).isEqualTo(nextDay.toString());

		// revoked once: the next DELTA has nothing for them
		LocalDate dayAfter = nextDay.plusDays(1);
		assertThat(run(this.ruleJob, Y2026R, dayAfter, SAMPLE_2026R).getStatus()).isEqualTo(BatchStatus.COMPLETED);
		assertThat(readCsv(deliver(Y2026R, dayAfter, SAMPLE_2026R, "DELTA", 3))).as("header only").hasSize(1);
	}

	/** Delivers the feed of the cycle in the mode; the file of the given sequence number. */
	private Path deliver(Cycle cycle, LocalDate date, Path input, String mode, int sequence) throws Exception {
		JobExecution fed = this.jobRunner.run(this.feedJob, new JobParametersBuilder(parameters(cycle, date, input))
			.addString("feedMode", mode)
			.toJobParameters(), true).execution();
		assertThat(fed.getStatus()).as(fed.getAllFailureExceptions().toString()).isEqualTo(BatchStatus.COMPLETED);
		return this.out.resolve(String.format("feed/%s/DK_%s_%s_%04d.csv", cycle.code(), cycle.code(),
				date.toString().replace("-", ""), sequence));
	}

	@Test
	@DisplayName("spec The re-assessment on generated data: the population is exactly 2026's FAIL and DEFERRED; complete 2026R records pass, anyone else's are set aside")
	void generatedCycleAndItsReassessment(@TempDir Path generated) throws Exception {
		Path inbox2026 = generated.resolve("2026");
		GenerateCommand.run(1000, 14, inbox2026, Y2026, false, new PrintStream(OutputStream.nullOutputStream()));
		importAndRule(Y2026, AFTER_2026_CLOSE, inbox2026);
		List<String> population = this.jdbc.queryForList(
				"SELECT cert_no FROM result WHERE cycle_year = '2026' AND outcome_code IN (2, 4) ORDER BY cert_no",
				String.class);
		List<String> passed = this.jdbc
			.queryForList("SELECT cert_no FROM result WHERE cycle_year = '2026' AND outcome_code = 1 ORDER BY cert_no",
					String.class)
			.subList(0, 10);
		assertThat(population).hasSizeGreaterThan(20);

		// the 2026R inbox: approved, rated PASS by every site of the roster, online test passed — for the population
		// and for 10 physicians who passed 2026
		Path inbox = generated.resolve("2026R");
		Files.createDirectories(inbox);
		List<String> applications = new ArrayList<>(List.of("cert_no,cycle_year,specialty,status,submitted_at,"
				+ "approved_at,simplified,simplified_category,evidence_ref,evidence_date,aid_months,exam_org_code"));
		List<String> evaluations = new ArrayList<>(
				List.of("cert_no,org_code,cycle_year,ethics,performance,evaluated_at,confirmed"));
		List<String> exams = new ArrayList<>(List.of("cert_no,cycle_year,attempt_no,mode,specialty,law_score,"
				+ "specialty_score,passed,taken_at,exam_org_code"));
		for (String cert : Stream.concat(population.stream(), passed.stream()).toList()) {
			applications.add(cert + ",2026R,内科专业,APPROVED,2027-03-10 09:00:00,2027-04-02 10:00:00,N,,,,,");
			for (String site : this.jdbc.queryForList("SELECT org_code FROM physician_site WHERE cert_no = ?",
					String.class, cert)) {
				evaluations.add(cert + "," + site + ",2026R,PASS,PASS,2027-05-06 10:00:00,Y");
			}
			exams.add(cert + ",2026R,1,ONLINE,内科专业,80.0,75.5,Y,2027-06-08 09:30:00,");
		}
		Files.write(inbox.resolve("applications.csv"), applications, StandardCharsets.UTF_8);
		Files.write(inbox.resolve("evaluations.csv"), evaluations, StandardCharsets.UTF_8);
		Files.write(inbox.resolve("exam_attempts.csv"), exams, StandardCharsets.UTF_8);
		importAndRule(Y2026R, AFTER_2026R_CLOSE, inbox);

		assertThat(this.jdbc.queryForList("SELECT cert_no FROM result WHERE cycle_year = '2026R' ORDER BY cert_no",
				String.class))
			.isEqualTo(population);
		assertThat(this.jdbc.queryForList("SELECT DISTINCT outcome_code FROM result WHERE cycle_year = '2026R'",
				Integer.class))
			.containsExactly(1);
		assertThat(this.jdbc.queryForList("SELECT DISTINCT cert_no FROM ruling_exception WHERE cycle_year = '2026R'"
				+ " AND code = 'NOT_DUE_FOR_REASSESSMENT'", String.class))
			.containsExactlyInAnyOrderElementsOf(passed);
		assertThat(this.jdbc.queryForList("SELECT DISTINCT cert_no FROM ruling_exception WHERE cycle_year = '2026R'"
				+ " AND code <> 'NOT_DUE_FOR_REASSESSMENT'", String.class))
			.as("no other exception outside the population")
			.allMatch(population::contains);
	}

	/** {@code sample-input/2026R/expected-not-ruled.csv} as "cert_no code". */
	private static Set<String> notRuled() throws Exception {
		Set<String> lines = new HashSet<>();
		try (Reader reader = Files.newBufferedReader(SAMPLE_2026R.resolve("expected-not-ruled.csv"), StandardCharsets.UTF_8);
				CsvReader<NamedCsvRecord> csv = CsvReader.builder().ofNamedCsvRecord(reader)) {
			for (NamedCsvRecord line : csv) {
				lines.add(line.getField("cert_no") + " " + line.getField("code"));
			}
		}
		return new TreeSet<>(lines);
	}

	private static List<CsvRecord> readCsv(Path file) throws Exception {
		try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8);
				CsvReader<CsvRecord> csv = CsvReader.builder().ofCsvRecord(reader)) {
			return csv.stream().toList();
		}
	}

	/** Every cell's text of a workbook, one per line. */
	private static String cells(Path file) throws Exception {
		StringBuilder text = new StringBuilder();
		DataFormatter formatter = new DataFormatter();
		try (XSSFWorkbook workbook = new XSSFWorkbook(file.toFile())) {
			for (Sheet sheet : workbook) {
				for (Row row : sheet) {
					for (Cell cell : row) {
						text.append(sheet.getSheetName()).append('!').append(formatter.formatCellValue(cell)).append('\n');
					}
				}
			}
		}
		return text.toString();
	}

}
