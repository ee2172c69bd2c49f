package cn.dingkao.ruling;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Spec "Seeing it coming": on any day of a cycle, a physician's predicted result and next step, from the same engine
 * and the same records as the ruling. The predicted result is {@link RulingEngine#rule} on the timeline as if CLOSE
 * were today ({@link CycleCalendar#closingOn}): a record dated after today counts as not arrived. The steps are read
 * off that ruling — what it found missing, in the order of the cycle — with their deadlines from the timeline; no
 * rule of the ruling is repeated here. On a day after CLOSE the prediction is the ruling and no step is left.
 * Thread-safe: holds only the engine.
 */
public final class Predictor {

	private final RulingEngine engine;

	public Predictor(RulingEngine engine) {
		this.engine = engine;
	}

	public Prediction predict(PhysicianCase physicianCase, CycleCalendar calendar, LocalDate today) {
		Ruling predicted = this.engine.rule(physicianCase, calendar.closingOn(today), today);
		List<NextStep> steps = calendar.isAfterClose(today) ? List.of()
				: openSteps(physicianCase, predicted, calendar, today);
		return new Prediction(predicted, today, steps);
	}

	/** The steps not taken yet, first the next one; none when the result can no longer change for the better. */
	private List<NextStep> openSteps(PhysicianCase physicianCase, Ruling ruling, CycleCalendar calendar,
			LocalDate today) {
		if (ruling.outcome() == Outcome.HIDDEN) {
			return List.of();
		}
		Steps steps = new Steps(calendar, today);
		ApplicationRecord application = ruling.application();
		String mainOrg = ruling.sites().isEmpty() ? null : ruling.sites().get(0).orgCode();
		if (application == null || application.status() == ApplicationStatus.DRAFT) {
			// 报名: the physician submits by the end of REGISTRATION
			return steps.add(Step.SUBMIT, Actor.PHYSICIAN, null).list();
		}
		if (application.status() == ApplicationStatus.RETURNED) {
			// spec: a RETURNED application goes back to the physician, who may resubmit during REVIEW
			return steps.returned().list();
		}
		if (application.status() == ApplicationStatus.SUBMITTED) {
			return steps.add(Step.APPROVE, Actor.MAIN_ORG, mainOrg).list();
		}
		if (ruling.ethics() == ItemState.FAIL || ruling.performance() == ItemState.FAIL) {
			// spec: a FAIL already recorded shows 不合格 and no step (plan §四(二): any item failed fails the cycle)
			return List.of();
		}
		List<ExamRecord> counted = countedExams(physicianCase, ruling);
		Integer triesLeft = onlineTriesLeft(counted);
		if (ruling.business() == ItemState.FAIL && (triesLeft == null || triesLeft == 0)) {
			// plan §四(二): 3 online tries failed (or a failed test with no retry) — the FAIL is final
			return List.of();
		}
		// 评价 then 确认, one step per site that still owes it (plan §二(四): every Beijing site rates), main first
		List<SiteAssessment> owing = new ArrayList<>();
		for (SiteAssessment site : ruling.sites()) {
			if (!site.activelyHidden() && !site.rated()) {
				owing.add(site);
			}
		}
		owing.sort(Comparator.comparing(site -> site.awaitingConfirmation() ? 1 : 0));
		for (SiteAssessment site : owing) {
			steps.add(site.awaitingConfirmation() ? Step.CONFIRM : Step.RATE, site.main() ? Actor.MAIN_ORG : Actor.SITE,
					site.orgCode());
		}
		if (ruling.business() != ItemState.PASS) {
			steps.exam(examMode(application, ruling), triesLeft);
		}
		return steps.list();
	}

	private static List<ExamRecord> countedExams(PhysicianCase physicianCase, Ruling ruling) {
		Set<Long> ids = new HashSet<>(ruling.countedExamIds());
		List<ExamRecord> counted = new ArrayList<>();
		for (ExamRecord exam : physicianCase.exams()) {
			if (ids.contains(exam.id())) {
				counted.add(exam);
			}
		}
		return counted;
	}

	/**
	 * Online tries left of the 3 (plan §四(二)) after the counted online records; null when a counted record was taken
	 * another way (offline, simplified): no retry rule is known for those, so their FAIL is final.
	 */
	private static Integer onlineTriesLeft(List<ExamRecord> counted) {
		int used = 0;
		for (ExamRecord exam : counted) {
			if (exam.mode() != ExamMode.ONLINE) {
				return exam.passed() ? BusinessLevel.ONLINE_ATTEMPT_LIMIT : null;
			}
			used = Math.max(used, exam.attemptNo());
		}
		return Math.max(0, BusinessLevel.ONLINE_ATTEMPT_LIMIT - used);
	}

	/**
	 * How the physician is tested: by the simplified procedure when the claim is eligible (spec §The ruling 4), else
	 * as the catalog says for the chosen specialty (藏医/蒙医 offline), else online.
	 */
	private ExamMode examMode(ApplicationRecord application, Ruling ruling) {
		if (application.simplified() && !ruling.reasons().contains(ReasonCode.SIMPLIFIED_INELIGIBLE)) {
			return ExamMode.SIMPLIFIED;
		}
		ExamMode byCatalog = this.engine.catalog().examMode(application.specialty()).orElse(ExamMode.ONLINE);
		return byCatalog == ExamMode.SIMPLIFIED ? ExamMode.ONLINE : byCatalog;
	}

	/** The open steps as they are found, each with its deadline from the timeline. */
	private static final class Steps {

		private final CycleCalendar calendar;

		private final LocalDate today;

		private final List<NextStep> steps = new ArrayList<>();

		Steps(CycleCalendar calendar, LocalDate today) {
			this.calendar = calendar;
			this.today = today;
		}

		Steps add(Step step, Actor actor, String orgCode) {
			return add(new NextStep(step, actor, orgCode, this.calendar.deadline(step),
					this.today.isAfter(this.calendar.deadline(step)), false, null, null));
		}

		/** A returned application: the physician resubmits, by the end of REVIEW (spec "Web"). */
		Steps returned() {
			LocalDate deadline = this.calendar.deadline(Step.APPROVE);
			return add(new NextStep(Step.APPROVE, Actor.PHYSICIAN, null, deadline, this.today.isAfter(deadline), true,
					null, null));
		}

		Steps exam(ExamMode mode, Integer triesLeft) {
			LocalDate deadline = this.calendar.deadline(Step.EXAM);
			return add(new NextStep(Step.EXAM, Actor.PHYSICIAN, null, deadline, this.today.isAfter(deadline), false,
					mode, mode == ExamMode.ONLINE ? triesLeft : null));
		}

		private Steps add(NextStep step) {
			this.steps.add(step);
			return this;
		}

		List<NextStep> list() {
			return this.steps;
		}

	}

}
