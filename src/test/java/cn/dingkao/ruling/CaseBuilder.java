package cn.dingkao.ruling;

import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Builds one physician's case for cycle 2026 (unless told otherwise) with the calendar of 附件1: REGISTRATION from
 * 04-01, CLOSE 08-10, business date 08-11. {@link #approvedAndPassing()} is the physician who passes everything;
 * each test changes the one thing it is about.
 */
final class CaseBuilder {

	static final String MAIN = "ORG_MAIN";

	static final String OTHER = "ORG_OTHER";

	static final SpecialtyCatalog CATALOG = loadCatalog();

	int year = 2026;

	/** True to rule the re-assessment of {@link #year} (cycle code {@code <year>R}). */
	boolean reassessment;

	LocalDate registrationStart = LocalDate.of(2026, 4, 1);

	LocalDate close = LocalDate.of(2026, 8, 10);

	LocalDate businessDate = LocalDate.of(2026, 8, 11);

	String certType = "RESIDENT";

	String certNo = residentNo("110105", "19800101", "123");

	LocalDate birthDate = LocalDate.of(1980, 1, 1);

	List<String> scopes = List.of("内科专业");

	String mainOrg = MAIN;

	List<String> otherOrgs = new ArrayList<>();

	String title = "主治医师";

	LocalDate titleDate = LocalDate.of(2015, 6, 1);

	LocalDate registeredOn = LocalDate.of(2019, 3, 1);

	ApplicationRecord application;

	final List<EvaluationRecord> evaluations = new ArrayList<>();

	final List<ExamRecord> exams = new ArrayList<>();

	final List<HideRecord> hides = new ArrayList<>();

	final Set<String> conflicts = new LinkedHashSet<>();

	private long nextId = 100;

	static CaseBuilder approvedAndPassing() {
		CaseBuilder builder = new CaseBuilder();
		builder.application(ApplicationStatus.APPROVED);
		builder.evaluation(MAIN, Rating.PASS, Rating.PASS, at(6, 20), true);
		builder.exam(1, ExamMode.ONLINE, true, at(7, 10));
		return builder;
	}

	static CaseBuilder withoutApplication() {
		return new CaseBuilder();
	}

	/** A 2026 moment on that month and day, 10:00. */
	static LocalDateTime at(int month, int day) {
		return LocalDateTime.of(2026, month, day, 10, 0);
	}

	static String residentNo(String area, String birth, String sequence) {
		String first17 = area + birth + sequence;
		return first17 + CertNumbers.checkDigit(first17);
	}

	CaseBuilder application(ApplicationStatus status) {
		long id = nextId++;
		application = new ApplicationRecord(id, certNo, cycle(), "内科专业", status, at(4, 10),
				status == ApplicationStatus.APPROVED ? at(5, 10) : null, false, null, null, null, null, null,
				"applications.csv", id);
		return this;
	}

	CaseBuilder specialty(String specialty) {
		ApplicationRecord a = application;
		application = new ApplicationRecord(a.id(), a.certNo(), a.cycle(), specialty, a.status(), a.submittedAt(),
				a.approvedAt(), a.simplified(), a.simplifiedCategory(), a.evidenceRef(), a.evidenceDate(),
				a.aidMonths(), a.examOrgCode(), a.sourceFile(), a.sourceLine());
		return this;
	}

	CaseBuilder examOrg(String examOrg) {
		ApplicationRecord a = application;
		application = new ApplicationRecord(a.id(), a.certNo(), a.cycle(), a.specialty(), a.status(),
				a.submittedAt(), a.approvedAt(), a.simplified(), a.simplifiedCategory(), a.evidenceRef(),
				a.evidenceDate(), a.aidMonths(), examOrg, a.sourceFile(), a.sourceLine());
		return this;
	}

	CaseBuilder simplified(int category, String evidenceRef, LocalDate evidenceDate, Integer aidMonths) {
		ApplicationRecord a = application;
		application = new ApplicationRecord(a.id(), a.certNo(), a.cycle(), a.specialty(), a.status(),
				a.submittedAt(), a.approvedAt(), true, category, evidenceRef, evidenceDate, aidMonths,
				a.examOrgCode(), a.sourceFile(), a.sourceLine());
		return this;
	}

	long evaluation(String org, Rating ethics, Rating performance, LocalDateTime at, boolean confirmed) {
		return evaluation(org, cycle(), ethics, performance, at, confirmed);
	}

	long evaluation(String org, Cycle cycle, Rating ethics, Rating performance, LocalDateTime at, boolean confirmed) {
		long id = nextId++;
		evaluations.add(new EvaluationRecord(id, certNo, org, cycle, ethics, performance, at, confirmed,
				"evaluations.csv", id));
		return id;
	}

	long exam(int attempt, ExamMode mode, boolean passed, LocalDateTime at) {
		return exam(cycle(), attempt, mode, passed, at, null);
	}

	long exam(Cycle cycle, int attempt, ExamMode mode, boolean passed, LocalDateTime at, String examOrg) {
		long id = nextId++;
		exams.add(new ExamRecord(id, certNo, cycle, attempt, mode, "内科专业", passed, at, examOrg,
				"exam_attempts.csv", id));
		return id;
	}

	long hide(String org, LocalDateTime unhiddenAt) {
		return hide(org, cycle(), unhiddenAt);
	}

	long hide(String org, Cycle cycle, LocalDateTime unhiddenAt) {
		long id = nextId++;
		hides.add(new HideRecord(id, certNo, org, cycle, "长期病假", at(5, 1), unhiddenAt, "hidden.csv", id));
		return id;
	}

	CaseBuilder otherOrg(String org) {
		otherOrgs.add(org);
		return this;
	}

	PhysicianCase build() {
		PhysicianRecord physician = new PhysicianRecord(1, certType, certNo, "张三", "男", birthDate, "临床", scopes,
				mainOrg, otherOrgs, title, titleDate, registeredOn, "110105", "roster.csv", 2L);
		return new PhysicianCase(physician, application, evaluations, exams, hides, conflicts);
	}

	Cycle cycle() {
		return new Cycle(year, reassessment);
	}

	CycleCalendar calendar() {
		return CycleCalendar.of(cycle(), registrationStart, close);
	}

	Ruling rule() {
		return new RulingEngine(CATALOG).rule(build(), calendar(), businessDate);
	}

	/**
	 * The whole timeline of the cycle, every phase with its dates: 附件1 for 2026, the defaults of spec "The
	 * re-assessment" (V9) for 2026R. {@link #calendar()} holds only the two dates the ruling needs.
	 */
	CycleCalendar timeline() {
		java.util.Map<Phase, PhaseDates> phases = new java.util.EnumMap<>(Phase.class);
		if (reassessment) {
			phases.put(Phase.REGISTRATION, dates(2027, 3, 1, 3, 31));
			phases.put(Phase.REVIEW, dates(2027, 4, 1, 4, 15));
			phases.put(Phase.EVALUATION, dates(2027, 4, 16, 5, 15));
			phases.put(Phase.CONFIRMATION, dates(2027, 5, 16, 5, 20));
			phases.put(Phase.EXAM, dates(2027, 5, 21, 6, 30));
			phases.put(Phase.VERIFICATION, dates(2027, 7, 1, 7, 21));
			phases.put(Phase.CLOSE, dates(2027, 7, 22, 7, 22));
			phases.put(Phase.FEED, dates(2027, 7, 23, 8, 1));
		}
		else {
			phases.put(Phase.REGISTRATION, dates(year, 4, 1, 4, 30));
			phases.put(Phase.REVIEW, dates(year, 5, 1, 5, 24));
			phases.put(Phase.EVALUATION, dates(year, 5, 25, 6, 26));
			phases.put(Phase.CONFIRMATION, dates(year, 6, 27, 6, 30));
			phases.put(Phase.EXAM, dates(year, 7, 1, 7, 31));
			phases.put(Phase.VERIFICATION, dates(year, 8, 1, 8, 9));
			phases.put(Phase.CLOSE, dates(year, 8, 10, 8, 10));
			phases.put(Phase.FEED, dates(year, 8, 11, 8, 31));
		}
		return new CycleCalendar(cycle(), phases);
	}

	private static PhaseDates dates(int year, int fromMonth, int fromDay, int toMonth, int toDay) {
		return new PhaseDates(LocalDate.of(year, fromMonth, fromDay), LocalDate.of(year, toMonth, toDay));
	}

	/** The prediction on {@code today}, on the whole timeline ({@link #timeline()}). */
	Prediction predict(LocalDate today) {
		return new Predictor(new RulingEngine(CATALOG)).predict(build(), timeline(), today);
	}

	static SpecialtyCatalog loadCatalog() {
		try (Reader csv = new InputStreamReader(CaseBuilder.class.getResourceAsStream("/ruling/specialty-catalog.csv"),
				StandardCharsets.UTF_8)) {
			return SpecialtyCatalog.readCsv(csv);
		}
		catch (java.io.IOException ex) {
			throw new java.io.UncheckedIOException(ex);
		}
	}

}
