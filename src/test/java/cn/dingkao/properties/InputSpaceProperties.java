package cn.dingkao.properties;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.LongStream;

import cn.dingkao.batch.JobRunner;
import cn.dingkao.batch.RunParameters;
import cn.dingkao.feed.FeedDeliveries;
import cn.dingkao.feed.FeedDelivery;
import cn.dingkao.generate.InputSetGenerator;
import cn.dingkao.generate.ReassessmentInboxGenerator;
import cn.dingkao.reconcile.Explainer;
import cn.dingkao.ruling.Cycle;
import cn.dingkao.ruling.Outcome;
import cn.dingkao.system.CycleCalendars;
import cn.dingkao.testing.PropertyCheck;
import cn.dingkao.testing.Tables;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Issue 21: properties that hold for every valid input, checked on random small input sets of both cycles drawn
 * from the generators' edge classes ({@link InputSetGenerator}, {@link ReassessmentInboxGenerator}: several sites,
 * silent sites, hides and unhides, repeated and conflicting rows, late and extra tries, simplified claims, roster
 * changes, records of unknown and of not-due physicians, dirt; in mixed formats — XLSX, GB18030, BOM, Chinese
 * headers — or plain CSV), each case run through the real nightly job on a real database. A failing case is shrunk
 * (physicians removed, formats made plain, the re-assessment left out) and printed with its replay line
 * ({@link PropertyCheck}; docs/testing.md says how to run more cases or replay one). Run on H2 and on MySQL/MariaDB
 * by the subclasses, with the number of cases each can afford in the test suite's budget.
 */
abstract class InputSpaceProperties {

	static final Cycle Y2026 = Cycle.regular(2026);

	static final Cycle Y2026R = Y2026.reassessmentCycle();

	static final LocalDate NIGHT_2026 = LocalDate.of(2026, 8, 11);

	static final LocalDate NIGHT_2026R = LocalDate.of(2027, 7, 23);

	/** Physicians of the set the cases draw from: its institutions are those of a set of this size. */
	static final int UNIVERSE = 400;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	JobRunner jobRunner;

	@Autowired
	@Qualifier("nightlyJob")
	Job nightlyJob;

	@Autowired
	FeedDeliveries deliveries;

	@Autowired
	Explainer explainer;

	@Autowired
	CycleCalendars calendars;

	@TempDir
	Path temp;

	private int runs;

	/** Cases of the nightly chain property per run of the suite. */
	abstract int chainCases();

	/** Cases of the independence property (two chains each). */
	abstract int independenceCases();

	/** A drawn input: a subset of a generated set, its files' formats, and whether 2026R follows. */
	record InputCase(long seed, long[] physicians, boolean mixed, boolean reassessment) {

		static InputCase draw(SplittableRandom random) {
			int size = 1 + random.nextInt(8);
			long[] physicians = random.longs(0, UNIVERSE).distinct().limit(size).sorted().toArray();
			return new InputCase(random.nextLong(1, 1_000_000), physicians, random.nextBoolean(), random.nextInt(10) < 7);
		}

		/** Smaller cases, most shrinking first: one physician fewer, plain CSV, no re-assessment. */
		List<InputCase> shrinks() {
			List<InputCase> smaller = new ArrayList<>();
			for (int i = 0; this.physicians.length > 1 && i < this.physicians.length; i++) {
				int skip = i;
				long[] fewer = LongStream.range(0, this.physicians.length)
					.filter(j -> j != skip)
					.map(j -> this.physicians[(int) j])
					.toArray();
				smaller.add(new InputCase(this.seed, fewer, this.mixed, this.reassessment));
			}
			if (this.mixed) {
				smaller.add(new InputCase(this.seed, this.physicians, false, this.reassessment));
			}
			if (this.reassessment) {
				smaller.add(new InputCase(this.seed, this.physicians, this.mixed, false));
			}
			return smaller;
		}

		@Override
		public String toString() {
			return "physicians " + Arrays.toString(this.physicians) + " of the 2026 set of seed " + this.seed + " ("
					+ UNIVERSE + " physicians; `./dingkao generate --physicians " + UNIVERSE + " --seed " + this.seed
					+ (this.mixed ? " --formats mixed" : "") + "` writes them all), files "
					+ (this.mixed ? "in mixed formats" : "plain CSV")
					+ (this.reassessment ? ", then the 2026R inbox of seed " + this.seed : ", 2026 only");
		}

	}

	@Test
	@DisplayName("issue 21 properties, every valid input of both cycles: no night fails; one result per physician of the population and one feed row per result not hidden; workbook totals = result table; a second run changes nothing; explain works for everyone; 2026R leaves 2026's results and deliveries untouched")
	void everyValidInput() {
		PropertyCheck.forAll("nightly chain on valid input of both cycles", chainCases(), InputCase::draw,
				InputCase::shrinks, this::checkChain);
	}

	@Test
	@DisplayName("issue 21 property: a physician's ruling does not change when other physicians are added or removed (both cycles)")
	void rulingsIndependentOfOthers() {
		PropertyCheck.forAll("ruling independent of the other physicians", independenceCases(), InputCase::draw,
				InputCase::shrinks, input -> {
					Map<String, String> all = chain(input, false);
					long[] some = Arrays.copyOf(input.physicians(), (input.physicians().length + 1) / 2);
					Map<String, String> fewer = chain(new InputCase(input.seed(), some, input.mixed(),
							input.reassessment()), false);
					assertThat(fewer).as("rulings of the physicians kept, alone and among the others")
						.isEqualTo(all.entrySet()
							.stream()
							.filter(e -> fewer.containsKey(e.getKey()))
							.collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue)));
				});
	}

	@Test
	@DisplayName("issue 21: the 2026R inbox is refused before cycle 2026 has results (its population is not known yet)")
	void reassessmentInboxNeedsBaseResults() {
		Tables.empty(this.jdbc);
		ReassessmentInboxGenerator generator = new ReassessmentInboxGenerator(this.jdbc, this.calendars.of(Y2026R));
		assertThatThrownBy(() -> generator.generate(1, this.temp.resolve("in2026R"), false))
			.hasMessageContaining("2026年度尚无裁定结果")
			.hasMessageContaining("rule cycle 2026 first");
	}

	private void checkChain(InputCase input) throws Exception {
		chain(input, true);
	}

	/**
	 * Runs one case and checks every per-run property (with {@code rerun}, also that a second night changes nothing);
	 * returns each physician's rulings (cycle, outcome, reasons, item states, warnings) by certificate number.
	 */
	private Map<String, String> chain(InputCase input, boolean rerun) throws Exception {
		Tables.empty(this.jdbc);
		Path folder = Files.createDirectories(this.temp.resolve("case-" + (++this.runs)));
		Path in2026 = folder.resolve("in2026");
		Path out = folder.resolve("out");
		new InputSetGenerator(Y2026).generate(UNIVERSE, input.physicians(), input.seed(), in2026, input.mixed());

		night(Y2026, NIGHT_2026, in2026, out);
		Set<String> roster = new TreeSet<>(this.jdbc.queryForList("SELECT cert_no FROM physician", String.class));
		checkCycle(Y2026, NIGHT_2026, roster, out);
		if (rerun) {
			List<Map<String, Object>> results2026 = resultRows(Y2026);
			Map<String, List<String>> feed2026 = feedFiles(Y2026);
			night(Y2026, NIGHT_2026, in2026, out);
			assertThat(resultRows(Y2026)).as("a second night on the same inputs changes no result").isEqualTo(results2026);
			assertThat(feedFiles(Y2026).values()).as("a second night delivers the same FULL file").allSatisfy(
					lines -> assertThat(lines).isEqualTo(feed2026.values().iterator().next()));
		}

		if (input.reassessment()) {
			Path in2026R = folder.resolve("in2026R");
			ReassessmentInboxGenerator generator = new ReassessmentInboxGenerator(this.jdbc, this.calendars.of(Y2026R));
			generator.generate(input.seed(), in2026R, input.mixed());
			Path again = folder.resolve("in2026R-again");
			generator.generate(input.seed(), again, input.mixed());
			for (Path file : Files.list(in2026R).filter(f -> f.toString().endsWith(".csv")).toList()) {
				assertThat(again.resolve(file.getFileName())).as("the same database and seed give the same inbox")
					.hasSameBinaryContentAs(file);
			}
			Set<String> population = new TreeSet<>(generator.population());
			List<Map<String, Object>> deliveries2026 = this.jdbc.queryForList(
					"SELECT * FROM feed_delivery WHERE cycle_year = ? ORDER BY seq_no", Y2026.code());
			List<Map<String, Object>> delivered2026 = this.jdbc.queryForList(
					"SELECT * FROM feed_delivered_row WHERE cycle_year = ? ORDER BY cert_no", Y2026.code());
			List<Map<String, Object>> results = resultRows(Y2026);

			night(Y2026R, NIGHT_2026R, in2026R, out);
			checkCycle(Y2026R, NIGHT_2026R, population, out);
			assertThat(resultRows(Y2026)).as("2026R leaves every 2026 result untouched").isEqualTo(results);
			assertThat(this.jdbc.queryForList("SELECT * FROM feed_delivery WHERE cycle_year = ? ORDER BY seq_no",
					Y2026.code())).as("and every 2026 delivery").isEqualTo(deliveries2026);
			assertThat(this.jdbc.queryForList("SELECT * FROM feed_delivered_row WHERE cycle_year = ? ORDER BY cert_no",
					Y2026.code())).isEqualTo(delivered2026);
			if (rerun) {
				List<Map<String, Object>> results2026R = resultRows(Y2026R);
				night(Y2026R, NIGHT_2026R, in2026R, out);
				assertThat(resultRows(Y2026R)).as("a second 2026R night changes no result").isEqualTo(results2026R);
			}
		}
		Map<String, String> rulings = new HashMap<>();
		this.jdbc.query("SELECT cert_no, cycle_year, outcome_code, reasons, ethics, performance, business, warnings"
				+ " FROM result", (RowCallbackHandler) rs -> {
					rulings.merge(rs.getString(1), rs.getString(2) + ":" + rs.getInt(3) + ":" + rs.getString(4) + ":"
							+ rs.getString(5) + rs.getString(6) + rs.getString(7) + ":" + rs.getString(8), (a, b) -> a + " | " + b);
				});
		rulings.replaceAll((cert, ruling) -> Arrays.stream(ruling.split(" \\| ")).sorted().collect(Collectors.joining(" | ")));
		return rulings;
	}

	/**
	 * A night of the cycle for this case: its own job instance (an identifying {@code case} parameter), so that no
	 * night of an earlier case or test — completed, failed or killed — is found and continued instead; the second
	 * night of a case is a rerun of the first (as {@code --rerun} does).
	 */
	private void night(Cycle cycle, LocalDate date, Path input, Path out) throws Exception {
		JobExecution night = this.jobRunner
			.run(this.nightlyJob, RunParameters.of(cycle, date, input, out)
				.addString("case", input.getParent().toString(), true)
				.toJobParameters(), true)
			.execution();
		assertThat(night.getStatus()).as("the night of %s on valid input: %s", cycle, night.getAllFailureExceptions())
			.isEqualTo(BatchStatus.COMPLETED);
	}

	/** The per-cycle properties: results, feed, workbooks, explain. */
	private void checkCycle(Cycle cycle, LocalDate date, Set<String> population, Path out) throws IOException {
		List<String> ruled = this.jdbc.queryForList("SELECT cert_no FROM result WHERE cycle_year = ? ORDER BY cert_no",
				String.class, cycle.code());
		assertThat(new HashSet<>(ruled)).as("one result per physician of the population of %s", cycle)
			.hasSize(ruled.size())
			.isEqualTo(population);
		Set<String> hidden = new HashSet<>(this.jdbc.queryForList(
				"SELECT cert_no FROM result WHERE cycle_year = ? AND outcome_code = ?", String.class, cycle.code(),
				Outcome.HIDDEN.code()));
		List<String> feed = feedFiles(cycle).values().iterator().next();
		List<String> fed = feed.subList(1, feed.size()).stream().map(line -> line.split(",", 3)[1]).toList();
		Set<String> expected = new TreeSet<>(population);
		expected.removeAll(hidden);
		assertThat(fed).as("one feed row per physician of the population not hidden, in %s", cycle)
			.doesNotHaveDuplicates()
			.containsExactlyInAnyOrderElementsOf(expected);
		assertThat(feed.subList(1, feed.size())).allSatisfy(line -> assertThat(line.split(",", 5)[3]).isEqualTo(cycle.code()));

		checkWorkbookTotals(cycle, date, out);
		for (String certNo : population) {
			assertThat(this.explainer.explain(cycle, certNo, date)).as("explain %s in %s", certNo, cycle)
				.hasValueSatisfying(text -> assertThat(text).contains(certNo));
		}
	}

	/** The city workbook's 汇总 agrees with the result table, outcome by outcome. */
	private void checkWorkbookTotals(Cycle cycle, LocalDate date, Path out) throws IOException {
		Path city = out.resolve("summary").resolve(cycle.code())
			.resolve("110000_北京市_定考汇总_" + date.toString().replace("-", "") + ".xlsx");
		Map<Integer, Long> counts = new HashMap<>();
		this.jdbc.query("SELECT outcome_code, COUNT(*) FROM result WHERE cycle_year = ? GROUP BY outcome_code",
				(RowCallbackHandler) rs -> {
					counts.put(rs.getInt(1), rs.getLong(2));
				}, cycle.code());
		try (InputStream in = Files.newInputStream(city); XSSFWorkbook workbook = new XSSFWorkbook(in)) {
			Sheet summary = workbook.getSheet("汇总");
			long roster = counts.values().stream().mapToLong(Long::longValue).sum();
			assertThat(figure(summary, "名册人数")).as("%s 名册人数", cycle).isEqualTo(roster);
			for (Outcome outcome : List.of(Outcome.PASS, Outcome.FAIL, Outcome.NOT_PARTICIPATED, Outcome.DEFERRED)) {
				assertThat(figure(summary, outcome.label())).as("%s %s", cycle, outcome.label())
					.isEqualTo(counts.getOrDefault(outcome.code(), 0L));
			}
		}
	}

	private static long figure(Sheet sheet, String label) {
		for (Row row : sheet) {
			if (row.getCell(0) != null && label.equals(row.getCell(0).toString().trim())) {
				return (long) row.getCell(1).getNumericCellValue();
			}
		}
		throw new AssertionError("no row " + label + " in " + sheet.getSheetName());
	}

	private List<Map<String, Object>> resultRows(Cycle cycle) {
		return this.jdbc.queryForList("SELECT cert_no, outcome_code, reasons, warnings, lineage, content_hash, version,"
				+ " run_id FROM result WHERE cycle_year = ? ORDER BY cert_no", cycle.code());
	}

	/** Every delivery of the cycle: its file's lines by file name. */
	private Map<String, List<String>> feedFiles(Cycle cycle) throws IOException {
		Map<String, List<String>> files = new java.util.TreeMap<>();
		for (FeedDelivery delivery : this.deliveries.ofCycle(cycle)) {
			Path file = Path.of(delivery.getFolder()).resolve(delivery.getFileName());
			files.put(delivery.getFileName(), Files.readAllLines(file, StandardCharsets.UTF_8));
		}
		assertThat(files).as("a delivery of %s", cycle).isNotEmpty();
		return files;
	}

}
