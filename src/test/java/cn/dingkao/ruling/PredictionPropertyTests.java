package cn.dingkao.ruling;

import static cn.dingkao.ruling.CaseBuilder.MAIN;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Properties of the prediction (spec "Seeing it coming") over random physicians of 2026 and 2026R — every status,
 * sites rated or not, confirmed or not, in time or late, hides, online tries, simplified claims — on random days of
 * the cycle. Each seed is a reproducible search of that space; a failure names the seed, case and day.
 */
@DisplayName("spec \"Seeing it coming\": properties of the prediction over random physicians and days")
class PredictionPropertyTests {

	static final int CASES = 1500;

	static final String SECOND = "ORG_SECOND";

	static final String THIRD = "ORG_THIRD";

	static final RulingEngine ENGINE = new RulingEngine(CaseBuilder.CATALOG);

	static final Predictor PREDICTOR = new Predictor(ENGINE);

	@ParameterizedTest(name = "seed {0}")
	@ValueSource(longs = { 1, 2, 3, 20260810, 20270722 })
	@DisplayName("the day after CLOSE the prediction is the ruling, with no step left")
	void dayAfterCloseIsTheRuling(long seed) {
		SplittableRandom random = new SplittableRandom(seed);
		for (int i = 0; i < CASES; i++) {
			CaseBuilder c = randomCase(random);
			CycleCalendar timeline = c.timeline();
			LocalDate dayAfter = timeline.close().plusDays(1 + random.nextInt(20));
			Prediction prediction = PREDICTOR.predict(c.build(), timeline, dayAfter);
			Ruling ruling = ENGINE.rule(c.build(), timeline, dayAfter);
			assertThat(prediction.ruling()).as("seed %d case %d on %s", seed, i, dayAfter)
				.usingRecursiveComparison()
				.isEqualTo(ruling);
			assertThat(prediction.steps()).isEmpty();
		}
	}

	@ParameterizedTest(name = "seed {0}")
	@ValueSource(longs = { 4, 5, 6, 7 })
	@DisplayName("before CLOSE: the predicted result is the ruling CLOSE would give if nothing dated after today arrived")
	void beforeCloseIsTheRulingWithoutLaterRecords(long seed) {
		SplittableRandom random = new SplittableRandom(seed);
		for (int i = 0; i < CASES; i++) {
			CaseBuilder c = randomCase(random);
			CycleCalendar timeline = c.timeline();
			LocalDate day = randomDay(random, timeline);
			Prediction prediction = PREDICTOR.predict(c.build(), timeline, day);
			Ruling atClose = ENGINE.rule(withoutRecordsAfter(c.build(), day), timeline, day);
			String where = "seed " + seed + " case " + i + " on " + day;
			assertThat(prediction.outcome()).as(where).isEqualTo(atClose.outcome());
			assertThat(prediction.ruling().reasons()).as(where).isEqualTo(atClose.reasons());
			assertThat(List.of(prediction.ruling().ethics(), prediction.ruling().performance(),
					prediction.ruling().business()))
				.as(where)
				.isEqualTo(List.of(atClose.ethics(), atClose.performance(), atClose.business()));
		}
	}

	@ParameterizedTest(name = "seed {0}")
	@ValueSource(longs = { 8, 9, 10, 11 })
	@DisplayName("before CLOSE nobody is left without guidance: 未参加 or 顺延 always has a next step; 合格 and 暂存 never; deadlines from the timeline")
	void everyoneNotThroughHasANextStep(long seed) {
		SplittableRandom random = new SplittableRandom(seed);
		for (int i = 0; i < CASES; i++) {
			CaseBuilder c = randomCase(random);
			CycleCalendar timeline = c.timeline();
			LocalDate day = randomDay(random, timeline);
			Prediction p = PREDICTOR.predict(c.build(), timeline, day);
			String where = "seed " + seed + " case " + i + " on " + day + ": " + p.outcome() + " " + p.steps();
			switch (p.outcome()) {
				case NOT_PARTICIPATED, DEFERRED -> assertThat(p.steps()).as(where).isNotEmpty();
				case PASS, HIDDEN -> assertThat(p.steps()).as(where).isEmpty();
				case FAIL -> assertThat(p.atRisk(0)).as(where).isTrue();
			}
			for (NextStep step : p.steps()) {
				assertThat(step.deadline()).as(where).isEqualTo(timeline.deadline(step.step()));
				assertThat(step.overdue()).as(where).isEqualTo(day.isAfter(step.deadline()));
				assertThat(step.orgCode() == null).as(where).isEqualTo(step.actor() == Actor.PHYSICIAN);
			}
			for (int s = 1; s < p.steps().size(); s++) {
				assertThat(p.steps().get(s).step().ordinal()).as(where)
					.isGreaterThanOrEqualTo(p.steps().get(s - 1).step().ordinal());
			}
		}
	}

	@ParameterizedTest(name = "seed {0}")
	@ValueSource(longs = { 12, 13, 14 })
	@DisplayName("taking each next step as it is given leads to a result: 合格 or 不合格, never 未参加")
	void followingTheStepsLeadsToAResult(long seed) {
		SplittableRandom random = new SplittableRandom(seed);
		for (int i = 0; i < CASES / 3; i++) {
			CaseBuilder c = randomCase(random);
			CycleCalendar timeline = c.timeline();
			LocalDate day = timeline.registrationStart();
			Prediction p = PREDICTOR.predict(c.build(), timeline, day);
			int taken = 0;
			while (p.next().isPresent() && taken < 12) {
				take(c, p.next().get(), day, random);
				taken++;
				p = PREDICTOR.predict(c.build(), timeline, day);
			}
			String where = "seed " + seed + " case " + i + " after " + taken + " steps: " + p.steps();
			assertThat(p.next()).as(where).isEmpty();
			assertThat(p.outcome()).as(where).isIn(Outcome.PASS, Outcome.FAIL, Outcome.HIDDEN);
		}
	}

	/** Records the step as done on {@code day}, the way its actor would. */
	static void take(CaseBuilder c, NextStep step, LocalDate day, SplittableRandom random) {
		LocalDateTime at = day.atTime(9, 0);
		switch (step.step()) {
			case SUBMIT -> c.application(ApplicationStatus.SUBMITTED);
			case APPROVE -> c.application(step.returned() ? ApplicationStatus.SUBMITTED : ApplicationStatus.APPROVED);
			case RATE -> {
				c.evaluations.removeIf(e -> e.orgCode().equals(step.orgCode()) && e.cycle().equals(c.cycle()));
				c.evaluation(step.orgCode(), Rating.PASS, Rating.PASS, at, random.nextBoolean());
			}
			case CONFIRM -> {
				EvaluationRecord rating = c.evaluations.stream()
					.filter(e -> e.orgCode().equals(step.orgCode()) && e.cycle().equals(c.cycle()))
					.findFirst()
					.orElseThrow();
				c.evaluations.remove(rating);
				c.evaluation(step.orgCode(), c.cycle(), rating.ethics(), rating.performance(), rating.evaluatedAt(), true);
			}
			case EXAM -> {
				ExamMode mode = step.examMode() == null ? ExamMode.ONLINE : step.examMode();
				int attempt = mode == ExamMode.ONLINE ? 1 + BusinessLevel.ONLINE_ATTEMPT_LIMIT - step.triesLeft() : 1;
				c.exam(c.cycle(), attempt, mode, random.nextInt(4) > 0, at, null);
			}
		}
	}

	/** A random day from a week before REGISTRATION to CLOSE. */
	static LocalDate randomDay(SplittableRandom random, CycleCalendar timeline) {
		LocalDate from = timeline.registrationStart().minusDays(7);
		int days = (int) (timeline.close().toEpochDay() - from.toEpochDay());
		return from.plusDays(random.nextInt(days + 1));
	}

	static PhysicianCase withoutRecordsAfter(PhysicianCase c, LocalDate day) {
		List<EvaluationRecord> evaluations = new ArrayList<>(c.evaluations());
		evaluations.removeIf(e -> e.evaluatedAt() != null && e.evaluatedAt().toLocalDate().isAfter(day));
		List<ExamRecord> exams = new ArrayList<>(c.exams());
		exams.removeIf(x -> x.takenAt() != null && x.takenAt().toLocalDate().isAfter(day));
		return new PhysicianCase(c.physician(), c.application(), evaluations, exams, c.hides(), c.inputConflicts());
	}

	/** A physician of 2026 or of its re-assessment with a random history. */
	static CaseBuilder randomCase(SplittableRandom r) {
		CaseBuilder c = new CaseBuilder();
		c.reassessment = r.nextInt(4) == 0;
		int year = c.reassessment ? 2027 : 2026;
		LocalDate start = c.reassessment ? LocalDate.of(2027, 3, 1) : LocalDate.of(2026, 4, 1);
		c.registrationStart = start;
		c.close = c.reassessment ? LocalDate.of(2027, 7, 22) : LocalDate.of(2026, 8, 10);
		c.registeredOn = r.nextInt(10) == 0 ? start.plusDays(r.nextInt(150)) : LocalDate.of(2015, 1, 1);
		int sites = r.nextInt(10) < 6 ? 0 : 1 + r.nextInt(2);
		if (sites >= 1) {
			c.otherOrg(SECOND);
		}
		if (sites >= 2) {
			c.otherOrg(THIRD);
		}
		int status = r.nextInt(10);
		if (status > 0) {
			ApplicationStatus[] statuses = { ApplicationStatus.DRAFT, ApplicationStatus.SUBMITTED,
					ApplicationStatus.RETURNED, ApplicationStatus.APPROVED };
			c.application(status < 4 ? statuses[r.nextInt(3)] : ApplicationStatus.APPROVED);
			if (r.nextInt(12) == 0) {
				c.simplified(6, null, null, null);
			}
		}
		List<String> orgs = new ArrayList<>(List.of(MAIN));
		orgs.addAll(c.otherOrgs);
		for (String org : orgs) {
			if (r.nextInt(5) > 0) {
				Rating ethics = r.nextInt(30) == 0 ? Rating.FAIL : Rating.PASS;
				Rating performance = r.nextInt(30) == 0 ? Rating.FAIL : Rating.PASS;
				Cycle cycle = r.nextInt(20) == 0 ? Cycle.regular(year - 3) : c.cycle();
				c.evaluation(org, cycle, ethics, performance, moment(r, start.plusDays(40), 120), r.nextInt(5) > 0);
			}
		}
		int exams = r.nextInt(5);
		for (int attempt = 1; attempt <= exams; attempt++) {
			ExamMode mode = r.nextInt(15) == 0 ? ExamMode.OFFLINE : r.nextInt(15) == 0 ? ExamMode.SIMPLIFIED : ExamMode.ONLINE;
			c.exam(c.cycle(), attempt, mode, r.nextInt(3) == 0, moment(r, start.plusDays(85), 60), null);
		}
		if (r.nextInt(12) == 0) {
			String org = orgs.get(r.nextInt(orgs.size()));
			c.hide(org, c.cycle(), r.nextBoolean() ? null : moment(r, start, 150));
		}
		return c;
	}

	static LocalDateTime moment(SplittableRandom r, LocalDate from, int spread) {
		return from.plusDays(r.nextInt(spread)).atTime(8 + r.nextInt(10), r.nextInt(60));
	}

}
