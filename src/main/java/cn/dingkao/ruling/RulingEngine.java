package cn.dingkao.ruling;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * The ruling of spec §The ruling: one physician, one cycle, no I/O. Steps are numbered as in the spec; each rule
 * sits next to a comment naming its clause. Thread-safe: the engine holds only the immutable catalog.
 */
public final class RulingEngine {

	private static final Comparator<EvaluationRecord> BY_ORG_THEN_ID = Comparator
		.comparing((EvaluationRecord e) -> String.valueOf(e.orgCode()))
		.thenComparingLong(EvaluationRecord::id);

	private static final Comparator<ExamRecord> IN_ORDER_TAKEN = Comparator
		.comparing(ExamRecord::takenAt, Comparator.nullsFirst(Comparator.naturalOrder()))
		.thenComparingInt(ExamRecord::attemptNo)
		.thenComparingLong(ExamRecord::id);

	private final SpecialtyCatalog catalog;

	public RulingEngine(SpecialtyCatalog catalog) {
		this.catalog = catalog;
	}

	/** The catalog the engine rules with (附件2): the prediction asks it how a specialty is tested. */
	SpecialtyCatalog catalog() {
		return this.catalog;
	}

	/**
	 * @param calendar the timeline of the cycle being ruled
	 * @param businessDate the day the ruling stands on (hides are judged active on it)
	 */
	public Ruling rule(PhysicianCase physicianCase, CycleCalendar calendar, LocalDate businessDate) {
		PhysicianRecord physician = physicianCase.physician();
		Cycle cycle = calendar.cycle();
		Findings findings = new Findings();
		identityWarnings(physician, findings);

		// spec §The ruling: sites = main org + other orgs, minus orgs where the physician is actively hidden
		List<String> orgs = orgsOf(physician);
		Map<String, HideRecord> hidden = new LinkedHashMap<>();
		for (HideRecord hide : physicianCase.hides()) {
			String org = Rows.trim(hide.orgCode());
			// rows for another cycle year never count; an unhidden (inactive) hide changes nothing
			if (cycle.equals(hide.cycle()) && hide.activeOn(businessDate) && orgs.contains(org)) {
				hidden.putIfAbsent(org, hide);
			}
		}

		// rule 1 HIDDEN: actively hidden by the main org (manual §6 暂存); README: no reasons, identity warnings only
		HideRecord mainHide = hidden.get(orgs.get(0));
		if (mainHide != null) {
			findings.trace("规则1（规范§1，手册§6 暂存）：主要执业机构已暂存该医师：" + Rows.hide(mainHide));
			return decidedEarly(physician, cycle, Outcome.HIDDEN, null, orgs, hidden, findings,
					new Lineage(null, List.of(), List.of(), List.of(mainHide.id())), "已暂存，不参加本年度考核");
		}

		ApplicationRecord application = physicianCase.application();
		if (application != null && !cycle.equals(application.cycle())) {
			application = null;
		}
		applicationWarnings(physician, application, physicianCase.inputConflicts(), findings);
		Lineage applicationOnly = new Lineage(application == null ? null : application.id(), List.of(), List.of(),
				List.of());

		// rule 2: the application step is final when it decides (exactly one reason, all items MISSING)
		// only APPROVED goes on to steps 3-5; anything but SUBMITTED (DRAFT, RETURNED) counts as not applied
		if (application == null || application.status() != ApplicationStatus.APPROVED
				&& application.status() != ApplicationStatus.SUBMITTED) {
			String state = application == null ? "无考核申请"
					: Rows.application(application) + "状态为" + Rows.status(application);
			if (cycle.reassessment()) {
				// spec "The re-assessment": no second deferral — not applied is 未参加 whatever registered_on says
				findings.reason(ReasonCode.NOT_REGISTERED);
				findings.trace("规则2（规范“再次考核”，不再顺延）：" + state + " → 未参加");
				return decidedEarly(physician, cycle, Outcome.NOT_PARTICIPATED, application, orgs, hidden, findings,
						applicationOnly, "未报名，不进入评价");
			}
			if (calendar.inAssessmentWindow(physician.registeredOn())) {
				// plan §二(六): registered or changed org during the cycle without applying → 2027-H1 re-assessment
				findings.reason(ReasonCode.REGISTERED_DURING_CYCLE);
				findings.trace("规则2（规范§2，方案§二(六)）：" + state + "，执业注册(变更)日期" + physician.registeredOn()
						+ "在考核期间" + calendar.registrationStart() + "至" + calendar.close() + "内 → 顺延再次考核");
				return decidedEarly(physician, cycle, Outcome.DEFERRED, application, orgs, hidden, findings,
						applicationOnly, "未报名，不进入评价");
			}
			// plan §四(三)2: 医师个人未报名参加医师定期考核
			findings.reason(ReasonCode.NOT_REGISTERED);
			findings.trace("规则2（规范§2，方案§四(三)2）：" + state + "，执业注册(变更)日期"
					+ (physician.registeredOn() == null ? "未填写" : physician.registeredOn()) + "不在考核期间 → 未参加");
			return decidedEarly(physician, cycle, Outcome.NOT_PARTICIPATED, application, orgs, hidden, findings,
					applicationOnly, "未报名，不进入评价");
		}
		if (application.status() == ApplicationStatus.SUBMITTED) {
			// manual §11.2(1): 报名后需要主执业地点审核通过，才可进行后续评定
			findings.reason(ReasonCode.NOT_APPROVED);
			findings.trace("规则2（规范§2，手册§11.2）：" + Rows.application(application) + "已提交但未经执业机构审核通过 → 未参加");
			return decidedEarly(physician, cycle, Outcome.NOT_PARTICIPATED, application, orgs, hidden, findings,
					applicationOnly, "报名未审核通过，不进入评价");
		}
		findings.trace("规则2（规范§2）：" + Rows.application(application) + "已审核通过，进入评价与测评");

		for (String conflict : physicianCase.inputConflicts()) {
			if (conflict.startsWith(PhysicianCase.EVALUATION_CONFLICT_PREFIX)) {
				String org = conflict.substring(PhysicianCase.EVALUATION_CONFLICT_PREFIX.length());
				findings.warn(WarningCode.EVALUATION_CONFLICT, org, "机构" + org + "对该医师的评价记录重复且结论不同，已取较差结论");
			}
		}

		// rule 3: ethics and performance per site
		List<EvaluationRecord> evaluations = ofCycle(physicianCase.evaluations(), EvaluationRecord::cycle, cycle,
				BY_ORG_THEN_ID);
		SiteEvaluations.Result sites = SiteEvaluations.assess(orgs, hidden, evaluations, calendar, findings);

		// rule 4: business level
		SimplifiedEligibility.Verdict claim = SimplifiedEligibility.judge(application, physician, calendar);
		String expectedExamOrg = Rows.trim(application.examOrgCode()) == null ? orgs.get(0)
				: Rows.trim(application.examOrgCode());
		List<ExamRecord> exams = ofCycle(physicianCase.exams(), ExamRecord::cycle, cycle, IN_ORDER_TAKEN);
		BusinessLevel.Result business = BusinessLevel.assess(exams, claim, expectedExamOrg, calendar, findings);
		examBeforeEvaluation(business.counted(), sites, findings);

		// rule 5: PASS when all three pass; FAIL when any fails (plan §四(二)), even if another is MISSING;
		// otherwise NOT_PARTICIPATED (plan §四(三)1)
		Outcome outcome;
		if (sites.ethics() == ItemState.FAIL || sites.performance() == ItemState.FAIL
				|| business.state() == ItemState.FAIL) {
			outcome = Outcome.FAIL;
		}
		else if (sites.ethics() == ItemState.PASS && sites.performance() == ItemState.PASS
				&& business.state() == ItemState.PASS) {
			outcome = Outcome.PASS;
		}
		else {
			outcome = Outcome.NOT_PARTICIPATED;
		}
		findings.trace("规则5（规范§5，方案§四）：职业道德" + sites.ethics().label() + "、工作成绩" + sites.performance().label()
				+ "、业务水平" + business.state().label() + " → " + outcome.label());

		List<Long> decisiveExams = business.counted()
			.stream()
			.filter(x -> business.state() != ItemState.PASS || x.passed())
			.map(ExamRecord::id)
			.toList();
		List<Long> siteHides = hidden.values().stream().map(HideRecord::id).toList();
		Lineage lineage = new Lineage(application.id(), sites.evaluationIds(), decisiveExams, siteHides);
		return new Ruling(physician.certNo(), cycle, outcome, sites.ethics(), sites.performance(), business.state(),
				findings.reasons, findings.warnings, sites.sites(),
				business.counted().stream().map(ExamRecord::id).toList(), business.ignored(), lineage,
				sites.allSitesRated(), business.state() == ItemState.PASS, application, findings.trace);
	}

	/** Rulings of rules 1 and 2: every item MISSING, the sites listed without evaluations. */
	private static Ruling decidedEarly(PhysicianRecord physician, Cycle cycle, Outcome outcome,
			ApplicationRecord application, List<String> orgs, Map<String, HideRecord> hidden, Findings findings,
			Lineage lineage, String note) {
		List<SiteAssessment> sites = new ArrayList<>();
		for (String org : orgs) {
			HideRecord hide = hidden.get(org);
			sites.add(new SiteAssessment(org, org.equals(orgs.get(0)), hide != null, null, ItemState.MISSING,
					ItemState.MISSING, false, hide != null ? "已暂存：" + Rows.hide(hide) : note));
		}
		return new Ruling(physician.certNo(), cycle, outcome, ItemState.MISSING, ItemState.MISSING, ItemState.MISSING,
				findings.reasons, findings.warnings, sites, List.of(), List.of(), lineage, false, false, application,
				findings.trace);
	}

	/**
	 * The rows of the cycle in the given order (stable, as a sorted stream was). A loop: a stream pipeline per list
	 * and physician cost more than the sorting of its two or three rows.
	 */
	private static <T> List<T> ofCycle(List<T> rows, Function<T, Cycle> cycleOf, Cycle cycle, Comparator<T> order) {
		List<T> ofCycle = new ArrayList<>(rows.size());
		for (T row : rows) {
			if (cycle.equals(cycleOf.apply(row))) {
				ofCycle.add(row);
			}
		}
		ofCycle.sort(order);
		return Collections.unmodifiableList(ofCycle);
	}

	private static List<String> orgsOf(PhysicianRecord physician) {
		Set<String> orgs = new LinkedHashSet<>();
		String main = Rows.trim(physician.mainOrgCode());
		orgs.add(main == null ? "" : main);
		for (String other : physician.otherOrgCodes()) {
			String org = Rows.trim(other);
			if (org != null) {
				orgs.add(org);
			}
		}
		return List.copyOf(orgs);
	}

	private static void identityWarnings(PhysicianRecord physician, Findings findings) {
		if (!physician.isResident()) {
			return;
		}
		if (!CertNumbers.isValid(physician.certNo())) {
			// spec §Warnings: a RESIDENT number that fails the GB 11643 check digit
			findings.warn(WarningCode.INVALID_CERT_NO, null,
					"应考医师名单（" + physician.origin().text() + "）中的居民身份证号码不符合GB 11643（校验位或出生日期错误）");
			return;
		}
		// README: compares the roster birth date with the one in a valid 18-digit RESIDENT number
		CertNumbers.birthDate(physician.certNo())
			.filter(fromNumber -> physician.birthDate() != null && !fromNumber.equals(physician.birthDate()))
			.ifPresent(fromNumber -> findings.warn(WarningCode.BIRTH_DATE_MISMATCH, null,
					"应考医师名单（" + physician.origin().text() + "）的出生日期与身份证号码中的出生日期不一致"));
	}

	private void applicationWarnings(PhysicianRecord physician, ApplicationRecord application,
			Set<String> conflicts, Findings findings) {
		if (conflicts.contains(PhysicianCase.DUPLICATE_APPLICATION)) {
			findings.warn(WarningCode.DUPLICATE_APPLICATION, null, "该医师本年度的考核申请有重复记录，已保留提交时间较晚的一条");
		}
		if (application == null) {
			return;
		}
		String specialty = Rows.trim(application.specialty());
		boolean expectsSpecialty = application.status() == ApplicationStatus.SUBMITTED
				|| application.status() == ApplicationStatus.APPROVED;
		if (specialty == null ? expectsSpecialty : !catalog.allows(physician.practiceScopes(), specialty)) {
			// spec §Warnings SPECIALTY_NOT_IN_SCOPE (附件2 注1: choose among the registered scopes)
			findings.warn(WarningCode.SPECIALTY_NOT_IN_SCOPE, null, Rows.application(application) + "的报考专业"
					+ (specialty == null ? "未填写" : specialty) + "不在执业范围" + String.join("、", physician.practiceScopes())
					+ "可选的专业内");
		}
	}

	/**
	 * Manual §11.2(2): every site must rate before the physician takes the test. README: a counted exam taken before
	 * the last counted evaluation, or while some site has no counted evaluation.
	 */
	private static void examBeforeEvaluation(List<ExamRecord> counted, SiteEvaluations.Result sites,
			Findings findings) {
		for (ExamRecord exam : counted) {
			if (!sites.allSitesRated()) {
				findings.warn(WarningCode.EXAM_BEFORE_EVALUATION, exam.examOrgCode(),
						Rows.exam(exam) + "参加时尚有执业机构未完成评价");
			}
			else if (sites.lastCountedAt() != null && exam.takenAt() != null
					&& exam.takenAt().isBefore(sites.lastCountedAt())) {
				findings.warn(WarningCode.EXAM_BEFORE_EVALUATION, exam.examOrgCode(), Rows.exam(exam) + "早于最后一个执业机构的评价时间"
						+ Rows.moment(sites.lastCountedAt()));
			}
		}
	}

}
