package cn.dingkao.generate;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

import cn.dingkao.ruling.ApplicationStatus;
import cn.dingkao.ruling.CodeList;
import cn.dingkao.ruling.Cycle;
import cn.dingkao.ruling.CycleCalendar;
import cn.dingkao.ruling.Flag;
import cn.dingkao.ruling.Outcome;
import cn.dingkao.ruling.Phase;
import cn.dingkao.ruling.PhaseDates;
import cn.dingkao.ruling.Rating;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;

/**
 * Writes the inbox of a re-assessment (spec "The re-assessment", cycle {@code 2026R}) from a database that holds the
 * base cycle's results: the population is who the pipeline ruled FAIL or DEFERRED in the base cycle — read from
 * table {@code result}, never worked out a second time — and each of them gets that round's application, ratings at
 * every site, exam outcomes and hides, dated by the re-assessment's own calendar ({@code cycle_phase}). The edges of
 * the base cycle's generator are here in realistic proportions: several sites, secondary sites that never rate,
 * hides and unhides, repeated and conflicting rows, ratings and exams after CLOSE, a fourth online try, offline
 * specialties, simplified claims (judged as for the base cycle), roster changes (a new main institution, a site
 * added, a new institution), records of people outside the population (NOT_DUE_FOR_REASSESSMENT) and of nobody in
 * the roster, and a little dirt. Deterministic: the same database and seed give the same files; each physician is
 * drawn from a stream of their own (seed and certificate number), so the same physician comes out whoever else is in
 * the database.
 */
public final class ReassessmentInboxGenerator {

	private static final List<Integer> REASSESSED = List.of(Outcome.FAIL.code(), Outcome.DEFERRED.code());

	private final JdbcTemplate jdbc;

	private final CycleCalendar calendar;

	private final Cycle base;

	private final String code;

	private SplittableRandom random;

	private InputWriters out;

	public ReassessmentInboxGenerator(JdbcTemplate jdbc, CycleCalendar calendar) {
		if (!calendar.cycle().reassessment()) {
			throw new IllegalArgumentException("a re-assessment's inbox: " + calendar.cycle());
		}
		this.jdbc = jdbc;
		this.calendar = calendar;
		this.base = calendar.cycle().base();
		this.code = calendar.cycle().code();
	}

	/** The population of the re-assessment, by certificate number (empty when the base cycle has no results). */
	public List<String> population() {
		return this.jdbc.queryForList("SELECT cert_no FROM result WHERE cycle_year = ? AND outcome_code IN (?, ?)"
				+ " ORDER BY cert_no", String.class, this.base.code(), REASSESSED.get(0), REASSESSED.get(1));
	}

	public RowCounts generate(long seed, Path folder, boolean mixed) throws IOException {
		long results = this.jdbc.queryForObject("SELECT COUNT(*) FROM result WHERE cycle_year = ?", Long.class,
				this.base.code());
		if (results == 0) {
			throw new IllegalStateException(this.base.title() + "尚无裁定结果，无法确定" + this.calendar.cycle().title()
					+ "的范围：请先运行 " + this.base + " 年度的裁定 (cycle " + this.base + " has no results yet, so the"
					+ " population of " + this.calendar.cycle() + " is unknown: rule cycle " + this.base + " first)");
		}
		Files.createDirectories(folder);
		SplittableRandom root = new SplittableRandom(seed ^ 0x2026_5EEDL);
		List<Physician> population = physicians("IN");
		Map<String, String> examModes = new HashMap<>();
		this.jdbc.query("SELECT exam_specialty, exam_mode FROM specialty_catalog", (RowCallbackHandler) rs -> {
			examModes.put(rs.getString(1), rs.getString(2));
		});
		List<String[]> institutions = this.jdbc.query("SELECT org_code, org_name, district_code, exam_org FROM institution"
				+ " ORDER BY org_code", (rs, i) -> new String[] { rs.getString(1), rs.getString(2), rs.getString(3),
						rs.getString(4) });
		this.out = new InputWriters(folder, root.split(), InputSetGenerator.DIRT_RATE,
				mixed ? FileFormat.mixed(root.split(), population.size()) : FileFormat.plain());
		try (InputWriters writers = this.out) {
			SplittableRandom changes = root.split();
			if (!institutions.isEmpty() && changes.nextInt(3) == 0) {
				// an institution renamed since the base cycle
				String[] renamed = institutions.get(changes.nextInt(institutions.size()));
				writers.write(InputFile.INSTITUTIONS, renamed[0], renamed[1] + "（更名）", renamed[2], renamed[3]);
			}
			int opened = 0;
			for (Physician physician : population) {
				this.random = PhysicianWriter.streamOf(seed, physician.certNo.hashCode() & 0xffffffffL);
				opened += write(physician, institutions, examModes, opened);
			}
			outsiders(seed, population.size());
		}
		return RowCounts.of(this.out);
	}

	/** One physician of the population; returns how many institutions it opened (0 or 1). */
	private int write(Physician p, List<String[]> institutions, Map<String, String> examModes, int opened) {
		SplittableRandom r = this.random;
		int newInstitution = 0;
		String main = p.mainOrg;
		List<String> others = new ArrayList<>(p.otherOrgs);
		int change = r.nextInt(100);
		if (change < 4 && !institutions.isEmpty()) {
			// a roster change since the base cycle: another main institution, now and then one opened this year
			if (change == 0) {
				String[] district = Institutions.DISTRICTS[r.nextInt(Institutions.DISTRICTS.length)];
				main = "ZS%s%d%05d".formatted(district[0], this.base.year() + 1, 90000 + opened);
				this.out.write(InputFile.INSTITUTIONS, main, "北京" + district[1].substring(0, district[1].length() - 1)
						+ "新开" + (opened + 1) + "诊所", district[0], Flag.N.name());
				newInstitution = 1;
			}
			else {
				main = institutions.get(r.nextInt(institutions.size()))[0];
			}
			others.remove(main);
			writeRoster(p, main, others);
		}
		else if (change < 6 && !institutions.isEmpty()) {
			String added = institutions.get(r.nextInt(institutions.size()))[0];
			if (!added.equals(main) && !others.contains(added)) {
				others.add(added);
				writeRoster(p, main, others);
			}
		}
		if (r.nextInt(1000) == 0) {
			// a record of someone the roster does not know (UNKNOWN_PHYSICIAN)
			exam("9" + p.certNo.substring(1), 1, "ONLINE", p.specialty, true, day(Phase.EXAM, 0), "");
		}

		double scenario = r.nextDouble();
		if (scenario < 0.02) {
			boolean unhidden = r.nextInt(4) == 0;
			hide(p.certNo, main, "长期病假", unhidden);
			if (!unhidden) {
				return newInstitution;
			}
		}
		if (scenario >= 0.02 && scenario < 0.08) {
			return newInstitution; // never applied: 未参加 NOT_REGISTERED (no second deferral)
		}
		if (scenario >= 0.08 && scenario < 0.12) {
			ApplicationStatus status = new ApplicationStatus[] { ApplicationStatus.DRAFT, ApplicationStatus.RETURNED,
					ApplicationStatus.SUBMITTED }[r.nextInt(3)];
			apply(p, status, Flag.N.name(), "", "", "", "");
			return newInstitution;
		}

		String hiddenSite = null;
		if (!others.isEmpty() && r.nextInt(100) < 2) {
			hiddenSite = others.get(0);
			hide(p.certNo, hiddenSite, "多点执业已终止", false);
		}
		boolean simplified = false;
		int claim = r.nextInt(100);
		if (claim < 2) {
			// returned, corrected and submitted again: the later submitted_at is kept
			apply(p, ApplicationStatus.RETURNED, Flag.N.name(), "", "", "", stamp(day(Phase.REGISTRATION, 0)));
		}
		if (claim >= 96) {
			simplified = true;
			boolean sixty = p.birthDate != null && !p.birthDate.isAfter(LocalDate.of(this.base.year() - 60, 12, 31));
			String category = sixty ? "2" : p.title != null && p.title.startsWith("主任") ? "6" : "7";
			String evidence = category.equals("7") ? "京卫培〔" + (this.base.year() - 1) + "〕第" + (100 + r.nextInt(900)) + "号"
					: "";
			apply(p, ApplicationStatus.APPROVED, Flag.Y.name(), category, evidence, "", null);
		}
		else {
			apply(p, ApplicationStatus.APPROVED, Flag.N.name(), "", "", "", null);
		}

		int fate = r.nextInt(1000);
		boolean ratingFail = fate < 80;
		boolean examFail = fate >= 80 && fate < 180;
		boolean examMissing = fate >= 180 && fate < 200;
		boolean unconfirmed = fate >= 200 && fate < 230;
		boolean ratedAfterClose = fate >= 230 && fate < 240;
		boolean testedAfterClose = fate >= 240 && fate < 250;
		boolean overAttemptLimit = fate >= 250 && fate < 260;
		List<String> sites = new ArrayList<>();
		sites.add(main);
		sites.addAll(others);
		String silentSite = others.size() > (hiddenSite == null ? 0 : 1) && r.nextInt(100) < 3 ? sites.get(sites.size() - 1)
				: null;
		int failingSite = r.nextInt(sites.size());
		for (int s = 0; s < sites.size(); s++) {
			String site = sites.get(s);
			if (site.equals(hiddenSite) || site.equals(silentSite)) {
				continue;
			}
			boolean fail = ratingFail && s == failingSite;
			boolean ethicsFails = fail && r.nextBoolean();
			String ethics = (ethicsFails ? Rating.FAIL : Rating.PASS).name();
			String performance = (fail && !ethicsFails ? Rating.FAIL : Rating.PASS).name();
			String confirmed = Flag.of(!(unconfirmed && s == 0)).name();
			String at = stamp(ratedAfterClose && s == 0 ? afterClose() : day(Phase.EVALUATION, 0));
			this.out.write(InputFile.EVALUATIONS, p.certNo, site, this.code, ethics, performance, at, confirmed);
			int repeat = r.nextInt(200);
			if (repeat < 2) {
				this.out.write(InputFile.EVALUATIONS, p.certNo, site, this.code, ethics, performance, at, confirmed);
			}
			else if (repeat == 2) {
				this.out.write(InputFile.EVALUATIONS, p.certNo, site, this.code, Rating.FAIL.name(), performance, at,
						confirmed);
			}
		}
		if (examMissing) {
			return newInstitution;
		}
		if (simplified) {
			exam(p.certNo, 1, "SIMPLIFIED", p.specialty, true, day(Phase.EXAM, 0), main);
			return newInstitution;
		}
		String mode = examModes.getOrDefault(p.specialty, "ONLINE");
		int attempts = examFail || overAttemptLimit ? 3 : passOn();
		for (int attempt = 1; attempt <= attempts; attempt++) {
			boolean passed = !examFail && !overAttemptLimit && attempt == attempts;
			LocalDate on = testedAfterClose && passed ? afterClose() : day(Phase.EXAM, attempt - 1);
			exam(p.certNo, attempt, mode, p.specialty, passed, on, main);
		}
		if (overAttemptLimit && mode.equals("ONLINE")) {
			exam(p.certNo, 4, mode, p.specialty, true, day(Phase.EXAM, 3), main);
		}
		return newInstitution;
	}

	/**
	 * Records of physicians outside the population (their base result was 合格, 未参加 or 暂存): an application,
	 * now and then a rating — each raises NOT_DUE_FOR_REASSESSMENT and is not ruled on.
	 */
	private void outsiders(long seed, int populationSize) {
		List<Physician> others = physicians("NOT IN");
		if (others.isEmpty()) {
			return;
		}
		SplittableRandom pick = new SplittableRandom(seed ^ 0x0075_1DEL);
		int count = Math.max(1, populationSize / 50);
		for (int i = 0; i < count; i++) {
			Physician p = others.get(pick.nextInt(others.size()));
			this.random = PhysicianWriter.streamOf(seed, p.certNo.hashCode() & 0xffffffffL);
			apply(p, ApplicationStatus.SUBMITTED, Flag.N.name(), "", "", "", null);
			if (this.random.nextBoolean()) {
				this.out.write(InputFile.EVALUATIONS, p.certNo, p.mainOrg, this.code, Rating.PASS.name(), Rating.PASS.name(),
						stamp(day(Phase.EVALUATION, 0)), Flag.Y.name());
			}
		}
	}

	private List<Physician> physicians(String inOrNotIn) {
		return this.jdbc.query("SELECT p.cert_type, p.cert_no, p.name, p.gender, p.birth_date, p.practice_category,"
				+ " p.practice_scopes, p.main_org_code, p.other_org_codes, p.title, p.title_date, p.registered_on,"
				+ " a.specialty, p.mobile FROM result r JOIN physician p ON p.cert_no = r.cert_no"
				+ " LEFT JOIN application a ON a.cert_no = r.cert_no AND a.cycle_year = r.cycle_year"
				+ " WHERE r.cycle_year = ? AND r.outcome_code " + inOrNotIn + " (?, ?) ORDER BY r.cert_no",
				(rs, i) -> new Physician(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
						rs.getObject(5, LocalDate.class), rs.getString(6), rs.getString(7), rs.getString(8),
						CodeList.split(rs.getString(9)), rs.getString(10), rs.getObject(11, LocalDate.class),
						rs.getObject(12, LocalDate.class), specialty(rs.getString(13), rs.getString(7)), rs.getString(14)),
				this.base.code(), REASSESSED.get(0), REASSESSED.get(1));
	}

	/** The base cycle's exam specialty, else the first practice scope (附件2 注3: a scope offers itself). */
	private static String specialty(String applied, String scopes) {
		if (applied != null && !applied.isBlank()) {
			return applied;
		}
		List<String> listed = CodeList.split(scopes);
		return listed.isEmpty() ? "内科专业" : listed.get(0);
	}

	private void writeRoster(Physician p, String main, List<String> others) {
		this.out.write(InputFile.ROSTER, p.certType, p.certNo, p.name, orEmpty(p.gender), text(p.birthDate),
				orEmpty(p.category), orEmpty(p.scopes), main, String.join(";", others), orEmpty(p.title),
				text(p.titleDate), text(p.registeredOn), orEmpty(p.mobile));
	}

	private void apply(Physician p, ApplicationStatus status, String simplified, String category, String evidenceRef,
			String aidMonths, String submittedAt) {
		String submitted = submittedAt != null ? submittedAt
				: status == ApplicationStatus.DRAFT ? "" : stamp(day(Phase.REGISTRATION, 1 + this.random.nextInt(3)));
		String approved = status == ApplicationStatus.APPROVED ? stamp(day(Phase.REVIEW, 0)) : "";
		String evidenceDate = evidenceRef.isEmpty() ? "" : LocalDate.of(this.base.year() - 1, 9, 1).toString();
		this.out.write(InputFile.APPLICATIONS, p.certNo, this.code, p.specialty, status.name(), submitted, approved,
				simplified, category, evidenceRef, evidenceDate, aidMonths, "");
		if (this.random.nextInt(200) == 0) {
			this.out.write(InputFile.APPLICATIONS, p.certNo, this.code, p.specialty, status.name(), submitted, approved,
					simplified, category, evidenceRef, evidenceDate, aidMonths, "");
		}
	}

	private void exam(String certNo, int attempt, String mode, String specialty, boolean passed, LocalDate on,
			String examOrg) {
		Rows.exam(this.out, this.random, certNo, this.code, attempt, mode, specialty, passed, stamp(on), examOrg);
	}

	private void hide(String certNo, String org, String reason, boolean unhidden) {
		LocalDate hidden = day(Phase.REGISTRATION, 0);
		this.out.write(InputFile.HIDDEN, certNo, org, this.code, reason, stamp(hidden),
				unhidden ? stamp(day(Phase.EVALUATION, 0)) : "");
	}

	/** Most pass at the first online try, some at the second or third. */
	private int passOn() {
		return Rows.passOn(this.random, 80);
	}

	/**
	 * A day of a phase of the re-assessment's calendar; for the n-th of several tries, a day of the n-th third of the
	 * phase, so that tries come in order.
	 */
	private LocalDate day(Phase phase, int nth) {
		PhaseDates dates = this.calendar.dates(phase)
			.orElseThrow(() -> new IllegalStateException(this.calendar.cycle() + " has no " + phase + " in cycle_phase"));
		long days = ChronoUnit.DAYS.between(dates.startsOn(), dates.endsOn()) + 1;
		long part = Math.max(1, days / 4);
		long from = Math.min(days - 1, nth * part);
		return dates.startsOn().plusDays(from + this.random.nextInt((int) Math.max(1, Math.min(part, days - from))));
	}

	private LocalDate afterClose() {
		return this.calendar.close().plusDays(2 + this.random.nextInt(8));
	}

	private String stamp(LocalDate day) {
		return Rows.stamp(this.random, day);
	}

	private static String orEmpty(String value) {
		return value == null ? "" : value;
	}

	private static String text(LocalDate date) {
		return date == null ? "" : date.toString();
	}

	private record Physician(String certType, String certNo, String name, String gender, LocalDate birthDate,
			String category, String scopes, String mainOrg, List<String> otherOrgs, String title, LocalDate titleDate,
			LocalDate registeredOn, String specialty, String mobile) {
	}

}
