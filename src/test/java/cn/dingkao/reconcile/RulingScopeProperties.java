package cn.dingkao.reconcile;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.stream.LongStream;

import cn.dingkao.batch.JobRunner;
import cn.dingkao.batch.RunParameters;
import cn.dingkao.generate.InputSetGenerator;
import cn.dingkao.ruling.Cycle;
import cn.dingkao.testing.PropertyCheck;
import cn.dingkao.testing.Tables;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 26: a ruling after a finished one rules only the physicians whose records changed or whose ruling the new
 * business date can change ({@link RulingScope}), and that is the same as ruling everyone. On random small input
 * sets ({@link InputSetGenerator}): a first night (import, rule: everyone), then what a day brings — another file
 * of the same set with other physicians (new ones, and some of the first file's again: their unchanged lines leave
 * the stored rows as they are), changes the web makes to ratings,
 * exam records, applications and hides, a row written with an old time stamp, hides lifted between the two
 * business dates — and a second ruling on another date, which must rule only some (scope CHANGED). A ruling of
 * everyone on the same date right after it must then change no result and no exception at all.
 */
abstract class RulingScopeProperties {

	static final Cycle Y2026 = Cycle.regular(2026);

	static final int UNIVERSE = 400;

	static final LocalDateTime OLD_STAMP = LocalDateTime.of(2026, 4, 1, 0, 0);

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	JobRunner jobRunner;

	@Autowired
	Clock clock;

	@Autowired
	@Qualifier("importJob")
	Job importJob;

	@Autowired
	@Qualifier("ruleJob")
	Job ruleJob;

	@TempDir
	Path temp;

	private int runs;

	abstract int cases();

	/** Two subsets of one generated set (the first night's and the second's files), the dates and the changes. */
	record ScopeCase(long seed, long[] first, long[] second, LocalDate firstNight, int days, long changes) {

		static ScopeCase draw(SplittableRandom random) {
			long[] first = random.longs(0, UNIVERSE).distinct().limit(1 + random.nextInt(10)).sorted().toArray();
			// the second file holds some physicians of the first (their lines again: unchanged rows stay as they are)
			long[] second = LongStream
				.concat(Arrays.stream(first).filter(i -> random.nextBoolean()),
						random.longs(0, UNIVERSE).limit(1 + random.nextInt(5)))
				.distinct()
				.sorted()
				.toArray();
			return new ScopeCase(random.nextLong(1, 1_000_000), first, second,
					LocalDate.of(2026, 7, 25).plusDays(random.nextInt(25)), random.nextInt(-4, 12), random.nextLong());
		}

		List<ScopeCase> shrinks() {
			List<ScopeCase> smaller = new ArrayList<>();
			for (int i = 0; this.first.length > 1 && i < this.first.length; i++) {
				smaller.add(new ScopeCase(this.seed, without(this.first, i), this.second, this.firstNight, this.days,
						this.changes));
			}
			for (int i = 0; this.second.length > 1 && i < this.second.length; i++) {
				smaller.add(new ScopeCase(this.seed, this.first, without(this.second, i), this.firstNight, this.days,
						this.changes));
			}
			return smaller;
		}

		private static long[] without(long[] values, int skip) {
			return LongStream.range(0, values.length).filter(j -> j != skip).map(j -> values[(int) j]).toArray();
		}

		@Override
		public String toString() {
			return "physicians " + Arrays.toString(this.first) + " then " + Arrays.toString(this.second)
					+ " of the 2026 set of seed " + this.seed + " (" + UNIVERSE + " physicians), nights "
					+ this.firstNight + " and " + this.firstNight.plusDays(this.days) + ", changes of seed "
					+ this.changes;
		}

	}

	@Test
	@DisplayName("issue 26 property: a ruling of the physicians whose records changed gives what a ruling of everyone gives")
	void changedOnlyRulingEqualsFullRuling() {
		PropertyCheck.forAll("ruling of the changed = ruling of everyone", cases(), ScopeCase::draw,
				ScopeCase::shrinks, this::check);
	}

	private void check(ScopeCase input) throws Exception {
		Tables.empty(this.jdbc);
		Path folder = Files.createDirectories(this.temp.resolve("case-" + (++this.runs)));
		LocalDate secondNight = input.firstNight().plusDays(input.days());
		SplittableRandom random = new SplittableRandom(input.changes());

		Path first = folder.resolve("first");
		new InputSetGenerator(Y2026).generate(UNIVERSE, input.first(), input.seed(), first, false);
		run(this.importJob, input.firstNight(), first, "import-1");
		liftHidesAround(random, input.firstNight(), secondNight);
		run(this.ruleJob, input.firstNight(), first, "rule-1");
		assertThat(scopeOfLastRun()).isEqualTo("FULL");

		Path second = folder.resolve("second");
		new InputSetGenerator(Y2026).generate(UNIVERSE, input.second(), input.seed(), second, false);
		run(this.importJob, secondNight, second, "import-2");
		changeOnTheWeb(random);
		run(this.ruleJob, secondNight, second, "rule-2");
		assertThat(scopeOfLastRun()).isEqualTo("CHANGED");
		List<Map<String, Object>> results = results();
		List<Map<String, Object>> exceptions = exceptions();

		JobExecution everyone = this.jobRunner.run(this.ruleJob, parameters(secondNight, second, "rule-all")
			.addString(RuleJobConfiguration.FULL, "true", false)
			.toJobParameters(), true).execution();
		assertThat(everyone.getStatus()).isEqualTo(BatchStatus.COMPLETED);
		assertThat(scopeOfLastRun()).isEqualTo("FULL");
		assertThat(results()).as("results after ruling everyone, against the ruling of the changed").isEqualTo(results);
		assertThat(exceptions()).as("exceptions after ruling everyone").isEqualTo(exceptions);
	}

	/** Before the first ruling: some hides get an unhidden_at around the two nights (one hide added if none). */
	private void liftHidesAround(SplittableRandom random, LocalDate firstNight, LocalDate secondNight) {
		List<String> certNos = this.jdbc.queryForList("SELECT cert_no FROM physician ORDER BY cert_no", String.class);
		String certNo = certNos.get(random.nextInt(certNos.size()));
		this.jdbc.update("""
				INSERT INTO physician_hide (cert_no, org_code, cycle_year, reason, hidden_at, updated_at)
				SELECT p.cert_no, p.main_org_code, '2026', '长期病假', ?, ? FROM physician p
				 WHERE p.cert_no = ? AND NOT EXISTS (SELECT 1 FROM physician_hide h
				   WHERE h.cert_no = p.cert_no AND h.org_code = p.main_org_code AND h.cycle_year = '2026')""",
				Timestamp.valueOf(LocalDateTime.of(2026, 5, 1, 9, 0)), Timestamp.valueOf(OLD_STAMP), certNo);
		LocalDate from = firstNight.isBefore(secondNight) ? firstNight : secondNight;
		int span = (int) Math.abs(secondNight.toEpochDay() - firstNight.toEpochDay());
		for (Long id : this.jdbc.queryForList("SELECT id FROM physician_hide ORDER BY id", Long.class)) {
			if (random.nextInt(3) > 0) {
				LocalDateTime lifted = from.plusDays(random.nextInt(-2, span + 3)).atTime(random.nextInt(24), 30);
				this.jdbc.update("UPDATE physician_hide SET unhidden_at = ? WHERE id = ?", Timestamp.valueOf(lifted),
						id);
			}
		}
	}

	/** What the web writes in a day, stamped with the application's clock as the web stamps it; one row not. */
	private void changeOnTheWeb(SplittableRandom random) {
		Timestamp now = Timestamp.valueOf(LocalDateTime.now(this.clock));
		for (Long id : some(random, "evaluation")) {
			this.jdbc.update("UPDATE evaluation SET ethics = ?, confirmed = ?, updated_at = ? WHERE id = ?",
					random.nextBoolean() ? "PASS" : "FAIL", random.nextBoolean() ? "Y" : "N", now, id);
		}
		for (Long id : some(random, "exam_attempt")) {
			this.jdbc.update("UPDATE exam_attempt SET passed = ?, updated_at = ? WHERE id = ?",
					random.nextBoolean() ? "Y" : "N", now, id);
		}
		for (Long id : some(random, "application")) {
			String status = List.of("APPROVED", "SUBMITTED", "RETURNED").get(random.nextInt(3));
			this.jdbc.update("UPDATE application SET status = ?, updated_at = ? WHERE id = ?", status, now, id);
		}
		for (Long id : some(random, "physician_hide")) {
			this.jdbc.update("UPDATE physician_hide SET unhidden_at = ?, updated_at = ? WHERE id = ?",
					random.nextBoolean() ? null : now, now, id);
		}
		recordsOfNobody(random, now);
		// a new row whose writer's clock lags: new by its id
		List<String> certNos = this.jdbc.queryForList("SELECT cert_no FROM application ORDER BY cert_no", String.class);
		if (!certNos.isEmpty() && random.nextBoolean()) {
			this.jdbc.update("""
					INSERT INTO exam_attempt (cert_no, cycle_year, attempt_no, exam_mode, specialty, passed, taken_at,
					  updated_at) VALUES (?, '2026', 7, 'ONLINE', '内科专业', 'Y', ?, ?)""",
					certNos.get(random.nextInt(certNos.size())), Timestamp.valueOf(LocalDateTime.of(2026, 7, 20, 9, 0)),
					Timestamp.valueOf(OLD_STAMP));
		}
	}

	/** Records the set-based warnings are about: of a cert_no not in the roster, and rated by an unknown org. */
	private void recordsOfNobody(SplittableRandom random, Timestamp now) {
		if (random.nextBoolean()) {
			this.jdbc.update("""
					INSERT INTO evaluation (cert_no, org_code, cycle_year, ethics, performance, evaluated_at, confirmed,
					  updated_at) VALUES (?, 'ORG_NOBODY_KNOWS', '2026', 'PASS', 'PASS', ?, 'Y', ?)""",
					"NOT_IN_ROSTER_" + random.nextInt(3), Timestamp.valueOf(LocalDateTime.of(2026, 6, 1, 9, 0)), now);
		}
		List<String> certNos = this.jdbc.queryForList("SELECT cert_no FROM physician ORDER BY cert_no", String.class);
		if (random.nextBoolean()) {
			this.jdbc.update("""
					INSERT INTO evaluation (cert_no, org_code, cycle_year, ethics, performance, evaluated_at, confirmed,
					  updated_at) VALUES (?, 'ORG_NOBODY_KNOWS', '2026', 'PASS', 'FAIL', ?, 'Y', ?)""",
					certNos.get(random.nextInt(certNos.size())), Timestamp.valueOf(LocalDateTime.of(2026, 6, 2, 9, 0)),
					Timestamp.valueOf(OLD_STAMP));
		}
	}

	private List<Long> some(SplittableRandom random, String table) {
		return this.jdbc.queryForList("SELECT id FROM " + table + " ORDER BY id", Long.class)
			.stream()
			.filter(id -> random.nextInt(4) == 0)
			.toList();
	}

	private String scopeOfLastRun() {
		return this.jdbc.queryForObject("SELECT scope FROM ruling_run ORDER BY id DESC LIMIT 1", String.class);
	}

	private List<Map<String, Object>> results() {
		return this.jdbc.queryForList("SELECT * FROM result WHERE cycle_year = '2026' ORDER BY cert_no");
	}

	private List<Map<String, Object>> exceptions() {
		return this.jdbc.queryForList("SELECT * FROM ruling_exception WHERE cycle_year = '2026' ORDER BY id");
	}

	private JobParametersBuilder parameters(LocalDate date, Path input, String step) {
		// a job instance of its own per case and step (a finished one is not found and skipped)
		return RunParameters.of(Y2026, date, input, this.temp.resolve("out"))
			.addString("case", input.getParent() + "/" + step, true);
	}

	private void run(Job job, LocalDate date, Path input, String step) throws Exception {
		JobExecution execution = this.jobRunner.run(job, parameters(date, input, step).toJobParameters(), true)
			.execution();
		assertThat(execution.getStatus()).as("%s: %s", step, execution.getAllFailureExceptions())
			.isEqualTo(BatchStatus.COMPLETED);
	}

}
