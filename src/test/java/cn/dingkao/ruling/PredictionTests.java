package cn.dingkao.ruling;

import static cn.dingkao.ruling.CaseBuilder.MAIN;
import static cn.dingkao.ruling.CaseBuilder.OTHER;
import static cn.dingkao.ruling.CaseBuilder.at;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalDateTime;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * Spec "Seeing it coming: predicted result and next step": for each step of the calendar and each actor, a physician
 * stuck there, the next step the prediction gives, who must take it and its deadline (附件1 for 2026; the 2026R
 * defaults of spec "The re-assessment"); the predicted result is the ruling as if CLOSE were today.
 */
@DisplayName("spec \"Seeing it coming\": predicted result and next step (预计结果与下一步)")
class PredictionTests {

	static final LocalDate REGISTRATION_END = LocalDate.of(2026, 4, 30);

	static final LocalDate REVIEW_END = LocalDate.of(2026, 5, 24);

	static final LocalDate EVALUATION_END = LocalDate.of(2026, 6, 26);

	static final LocalDate CONFIRMATION_END = LocalDate.of(2026, 6, 30);

	static final LocalDate EXAM_END = LocalDate.of(2026, 7, 31);

	/** Approved, nothing rated or tested yet, one other site. */
	static CaseBuilder approvedWithTwoSites() {
		return new CaseBuilder().otherOrg(OTHER).application(ApplicationStatus.APPROVED);
	}

	static void assertNext(Prediction prediction, Step step, Actor actor, String org, LocalDate deadline,
			boolean overdue) {
		assertThat(prediction.next()).as("next step").hasValueSatisfying(next -> {
			assertThat(next.step()).isEqualTo(step);
			assertThat(next.actor()).isEqualTo(actor);
			assertThat(next.orgCode()).isEqualTo(org);
			assertThat(next.deadline()).isEqualTo(deadline);
			assertThat(next.overdue()).isEqualTo(overdue);
		});
	}

	@Nested
	@DisplayName("报名 SUBMIT — the physician, by the end of REGISTRATION")
	class Submit {

		@Test
		@DisplayName("no application on 04-10: next 报名 by the physician, deadline 04-30; predicted 未参加 NOT_REGISTERED")
		void noApplication() {
			Prediction p = CaseBuilder.withoutApplication().predict(LocalDate.of(2026, 4, 10));
			assertNext(p, Step.SUBMIT, Actor.PHYSICIAN, null, REGISTRATION_END, false);
			assertThat(p.next().orElseThrow().physicians()).isTrue();
			assertThat(p.outcome()).isEqualTo(Outcome.NOT_PARTICIPATED);
			assertThat(p.ruling().reasons()).containsExactly(ReasonCode.NOT_REGISTERED);
			assertThat(p.steps()).hasSize(1);
		}

		@Test
		@DisplayName("a DRAFT on 04-25: next 报名, due within 7 days → 有风险; not yet overdue")
		void draftDueSoon() {
			Prediction p = new CaseBuilder().application(ApplicationStatus.DRAFT).predict(LocalDate.of(2026, 4, 25));
			assertNext(p, Step.SUBMIT, Actor.PHYSICIAN, null, REGISTRATION_END, false);
			assertThat(p.atRisk(7)).isTrue();
			assertThat(p.atRisk(2)).isFalse();
		}

		@Test
		@DisplayName("no application on 05-02: 报名 已逾期 (overdue) — still shown, an application imported before CLOSE counts")
		void overdue() {
			Prediction p = CaseBuilder.withoutApplication().predict(LocalDate.of(2026, 5, 2));
			assertNext(p, Step.SUBMIT, Actor.PHYSICIAN, null, REGISTRATION_END, true);
			assertThat(p.atRisk(7)).isTrue();
		}

		@Test
		@DisplayName("registered during the cycle, no application: next 报名; predicted 顺延再次考核 REGISTERED_DURING_CYCLE (plan §二(六))")
		void registeredDuringCycle() {
			CaseBuilder c = CaseBuilder.withoutApplication();
			c.registeredOn = LocalDate.of(2026, 4, 5);
			Prediction p = c.predict(LocalDate.of(2026, 4, 20));
			assertNext(p, Step.SUBMIT, Actor.PHYSICIAN, null, REGISTRATION_END, false);
			assertThat(p.outcome()).isEqualTo(Outcome.DEFERRED);
		}

	}

	@Nested
	@DisplayName("审核 APPROVE — the main institution, or the physician after a return, by the end of REVIEW")
	class Approve {

		@Test
		@DisplayName("SUBMITTED on 05-10: next 审核 by the main institution ORG_MAIN, deadline 05-24; predicted 未参加 NOT_APPROVED")
		void submitted() {
			Prediction p = new CaseBuilder().application(ApplicationStatus.SUBMITTED).predict(LocalDate.of(2026, 5, 10));
			assertNext(p, Step.APPROVE, Actor.MAIN_ORG, MAIN, REVIEW_END, false);
			assertThat(p.next().orElseThrow().physicians()).isFalse();
			assertThat(p.ruling().reasons()).containsExactly(ReasonCode.NOT_APPROVED);
		}

		@Test
		@DisplayName("RETURNED on 05-10: the application goes back to the physician — 审核 step by the physician, resubmit by 05-24")
		void returned() {
			Prediction p = new CaseBuilder().application(ApplicationStatus.RETURNED).predict(LocalDate.of(2026, 5, 10));
			assertNext(p, Step.APPROVE, Actor.PHYSICIAN, null, REVIEW_END, false);
			assertThat(p.next().orElseThrow().returned()).isTrue();
			assertThat(p.next().orElseThrow().text()).contains("打回", "重新提交");
			assertThat(p.outcome()).isEqualTo(Outcome.NOT_PARTICIPATED);
		}

	}

	@Nested
	@DisplayName("评价 RATE — each practice site, by the end of EVALUATION")
	class Rate {

		@Test
		@DisplayName("approved, no site rated on 06-01: next 评价 by the main institution, then the other site, deadline 06-26")
		void nobodyRated() {
			Prediction p = approvedWithTwoSites().predict(LocalDate.of(2026, 6, 1));
			assertNext(p, Step.RATE, Actor.MAIN_ORG, MAIN, EVALUATION_END, false);
			assertThat(p.steps()).extracting(NextStep::step, NextStep::actor, NextStep::orgCode)
				.containsExactly(org.assertj.core.groups.Tuple.tuple(Step.RATE, Actor.MAIN_ORG, MAIN),
						org.assertj.core.groups.Tuple.tuple(Step.RATE, Actor.SITE, OTHER),
						org.assertj.core.groups.Tuple.tuple(Step.EXAM, Actor.PHYSICIAN, null));
			assertThat(p.ruling().reasons()).contains(ReasonCode.EVALUATION_MISSING, ReasonCode.EXAM_MISSING);
		}

		@Test
		@DisplayName("the main institution rated and confirmed, the secondary site not: next 评价 by the secondary site ORG_OTHER")
		void secondarySiteStuck() {
			CaseBuilder c = approvedWithTwoSites();
			c.evaluation(MAIN, Rating.PASS, Rating.PASS, at(6, 2), true);
			Prediction p = c.predict(LocalDate.of(2026, 6, 22));
			assertNext(p, Step.RATE, Actor.SITE, OTHER, EVALUATION_END, false);
			assertThat(p.atRisk(7)).isTrue();
		}

		@Test
		@DisplayName("a site hidden by a secondary site is not a site: no step for it (manual §6)")
		void hiddenSiteOwesNothing() {
			CaseBuilder c = approvedWithTwoSites();
			c.evaluation(MAIN, Rating.PASS, Rating.PASS, at(6, 2), true);
			c.hide(OTHER, null);
			Prediction p = c.predict(LocalDate.of(2026, 6, 22));
			assertNext(p, Step.EXAM, Actor.PHYSICIAN, null, EXAM_END, false);
		}

		@Test
		@DisplayName("a rating dated after today has not arrived: as if CLOSE were today it does not count, the site still owes it")
		void recordFromTheFutureIsMissing() {
			CaseBuilder c = new CaseBuilder().application(ApplicationStatus.APPROVED);
			c.evaluation(MAIN, Rating.PASS, Rating.PASS, at(6, 20), true);
			Prediction p = c.predict(LocalDate.of(2026, 6, 1));
			assertNext(p, Step.RATE, Actor.MAIN_ORG, MAIN, EVALUATION_END, false);
			assertThat(p.ruling().ethics()).isEqualTo(ItemState.MISSING);
		}

	}

	@Nested
	@DisplayName("确认 CONFIRM — the site that rated, by the end of CONFIRMATION")
	class Confirm {

		@Test
		@DisplayName("both sites rated, the main institution not confirmed on 06-28: next 确认 by ORG_MAIN, deadline 06-30")
		void mainUnconfirmed() {
			CaseBuilder c = approvedWithTwoSites();
			c.evaluation(MAIN, Rating.PASS, Rating.PASS, at(6, 2), false);
			c.evaluation(OTHER, Rating.PASS, Rating.PASS, at(6, 3), true);
			Prediction p = c.predict(LocalDate.of(2026, 6, 28));
			assertNext(p, Step.CONFIRM, Actor.MAIN_ORG, MAIN, CONFIRMATION_END, false);
			assertThat(p.ruling().reasons()).contains(ReasonCode.EVALUATION_MISSING);
		}

		@Test
		@DisplayName("the secondary site rated but never confirmed, on 07-05: 确认 by ORG_OTHER 已逾期 — a late confirmation before CLOSE still counts")
		void secondaryLateConfirmation() {
			CaseBuilder c = approvedWithTwoSites();
			c.evaluation(MAIN, Rating.PASS, Rating.PASS, at(6, 2), true);
			c.evaluation(OTHER, Rating.PASS, Rating.PASS, at(6, 3), false);
			Prediction p = c.predict(LocalDate.of(2026, 7, 5));
			assertNext(p, Step.CONFIRM, Actor.SITE, OTHER, CONFIRMATION_END, true);
		}

		@Test
		@DisplayName("one site owes a rating and another a confirmation: 评价 comes first, the confirmation is listed after it")
		void rateBeforeConfirm() {
			CaseBuilder c = approvedWithTwoSites();
			c.evaluation(MAIN, Rating.PASS, Rating.PASS, at(6, 2), false);
			Prediction p = c.predict(LocalDate.of(2026, 6, 10));
			assertNext(p, Step.RATE, Actor.SITE, OTHER, EVALUATION_END, false);
			assertThat(p.steps()).extracting(NextStep::step).containsExactly(Step.RATE, Step.CONFIRM, Step.EXAM);
		}

	}

	@Nested
	@DisplayName("测评 EXAM — the physician, by the end of EXAM")
	class Exam {

		@Test
		@DisplayName("rated and confirmed everywhere, no test on 07-01: next 测评 by the physician, 3 of 3 online tries left, deadline 07-31")
		void notTested() {
			CaseBuilder c = new CaseBuilder().application(ApplicationStatus.APPROVED);
			c.evaluation(MAIN, Rating.PASS, Rating.PASS, at(6, 2), true);
			Prediction p = c.predict(LocalDate.of(2026, 7, 1));
			assertNext(p, Step.EXAM, Actor.PHYSICIAN, null, EXAM_END, false);
			assertThat(p.next().orElseThrow().examMode()).isEqualTo(ExamMode.ONLINE);
			assertThat(p.next().orElseThrow().triesLeft()).isEqualTo(3);
			assertThat(p.outcome()).isEqualTo(Outcome.NOT_PARTICIPATED);
			assertThat(p.ruling().reasons()).containsExactly(ReasonCode.EXAM_MISSING);
		}

		@Test
		@DisplayName("one failed online try on 07-10: predicted 不合格 (as if CLOSE were today) and 有风险, next 测评 with 2 of 3 tries left")
		void failedOnceTriesLeft() {
			CaseBuilder c = new CaseBuilder().application(ApplicationStatus.APPROVED);
			c.evaluation(MAIN, Rating.PASS, Rating.PASS, at(6, 2), true);
			c.exam(1, ExamMode.ONLINE, false, at(7, 5));
			Prediction p = c.predict(LocalDate.of(2026, 7, 10));
			assertThat(p.outcome()).isEqualTo(Outcome.FAIL);
			assertNext(p, Step.EXAM, Actor.PHYSICIAN, null, EXAM_END, false);
			assertThat(p.next().orElseThrow().triesLeft()).isEqualTo(2);
			assertThat(p.next().orElseThrow().text()).contains("还剩 2 次");
			assertThat(p.atRisk(7)).isTrue();
		}

		@Test
		@DisplayName("three failed online tries: the FAIL is already recorded — 不合格 and no step (plan §四(二))")
		void threeFailuresFinal() {
			CaseBuilder c = new CaseBuilder().application(ApplicationStatus.APPROVED);
			c.evaluation(MAIN, Rating.PASS, Rating.PASS, at(6, 2), true);
			c.exam(1, ExamMode.ONLINE, false, at(7, 5));
			c.exam(2, ExamMode.ONLINE, false, at(7, 12));
			c.exam(3, ExamMode.ONLINE, false, at(7, 19));
			Prediction p = c.predict(LocalDate.of(2026, 7, 20));
			assertThat(p.outcome()).isEqualTo(Outcome.FAIL);
			assertThat(p.next()).isEmpty();
			assertThat(p.atRisk(7)).isTrue();
		}

		@Test
		@DisplayName("藏医 is tested offline (附件2 exam_mode): next 测评 线下, no online tries counted")
		void offline() {
			CaseBuilder c = new CaseBuilder().application(ApplicationStatus.APPROVED);
			String offline = CaseBuilder.CATALOG.entries().stream()
				.filter(e -> e.examMode() == ExamMode.OFFLINE)
				.findFirst()
				.orElseThrow()
				.examSpecialty();
			c.specialty(offline);
			c.evaluation(MAIN, Rating.PASS, Rating.PASS, at(6, 2), true);
			Prediction p = c.predict(LocalDate.of(2026, 7, 1));
			assertThat(p.next().orElseThrow().examMode()).isEqualTo(ExamMode.OFFLINE);
			assertThat(p.next().orElseThrow().triesLeft()).isNull();
		}

		@Test
		@DisplayName("an eligible simplified claim (cat. 2, aged 60+): next 测评 by the simplified procedure")
		void simplified() {
			CaseBuilder c = new CaseBuilder().application(ApplicationStatus.APPROVED);
			c.birthDate = LocalDate.of(1960, 5, 1);
			c.certNo = CaseBuilder.residentNo("110105", "19600501", "123");
			c.application(ApplicationStatus.APPROVED).simplified(2, null, null, null);
			c.evaluation(MAIN, Rating.PASS, Rating.PASS, at(6, 2), true);
			Prediction p = c.predict(LocalDate.of(2026, 7, 1));
			assertNext(p, Step.EXAM, Actor.PHYSICIAN, null, EXAM_END, false);
			assertThat(p.next().orElseThrow().examMode()).isEqualTo(ExamMode.SIMPLIFIED);
		}

	}

	@Nested
	@DisplayName("no step left")
	class Done {

		@Test
		@DisplayName("everything passed by 07-15: predicted 合格, no step, not at risk")
		void passed() {
			Prediction p = CaseBuilder.approvedAndPassing().predict(LocalDate.of(2026, 7, 15));
			assertThat(p.outcome()).isEqualTo(Outcome.PASS);
			assertThat(p.steps()).isEmpty();
			assertThat(p.atRisk(7)).isFalse();
		}

		@Test
		@DisplayName("a confirmed 不合格 rating: 不合格 already recorded, no step though the other site has not rated")
		void ratedFail() {
			CaseBuilder c = approvedWithTwoSites();
			c.evaluation(MAIN, Rating.FAIL, Rating.PASS, at(6, 2), true);
			Prediction p = c.predict(LocalDate.of(2026, 6, 10));
			assertThat(p.outcome()).isEqualTo(Outcome.FAIL);
			assertThat(p.steps()).isEmpty();
			assertThat(p.atRisk(7)).isTrue();
		}

		@Test
		@DisplayName("hidden by the main institution: 暂存, no step")
		void hidden() {
			CaseBuilder c = CaseBuilder.withoutApplication();
			c.hide(MAIN, null);
			Prediction p = c.predict(LocalDate.of(2026, 5, 10));
			assertThat(p.outcome()).isEqualTo(Outcome.HIDDEN);
			assertThat(p.steps()).isEmpty();
		}

		@Test
		@DisplayName("the day after CLOSE: the prediction is the ruling, and no step is left")
		void dayAfterClose() {
			CaseBuilder c = approvedWithTwoSites();
			c.evaluation(MAIN, Rating.PASS, Rating.PASS, at(6, 2), true);
			c.exam(1, ExamMode.ONLINE, true, LocalDateTime.of(2026, 8, 10, 9, 0));
			LocalDate dayAfter = LocalDate.of(2026, 8, 11);
			Prediction p = c.predict(dayAfter);
			Ruling ruling = new RulingEngine(CaseBuilder.CATALOG).rule(c.build(), c.timeline(), dayAfter);
			assertThat(p.ruling()).usingRecursiveComparison().isEqualTo(ruling);
			assertThat(p.steps()).isEmpty();
		}

		@Test
		@DisplayName("on the CLOSE day a record of that day still counts, and every open step is overdue")
		void closeDay() {
			CaseBuilder c = new CaseBuilder().application(ApplicationStatus.APPROVED);
			c.evaluation(MAIN, Rating.PASS, Rating.PASS, LocalDateTime.of(2026, 8, 10, 9, 0), false);
			Prediction p = c.predict(LocalDate.of(2026, 8, 10));
			assertNext(p, Step.CONFIRM, Actor.MAIN_ORG, MAIN, CONFIRMATION_END, true);
		}

	}

	@Nested
	@DisplayName("2026R — the re-assessment's timeline and rules")
	class Reassessment {

		CaseBuilder reassessed() {
			CaseBuilder c = ReassessmentRuleTests.reassessed();
			c.registeredOn = LocalDate.of(2027, 3, 5);
			return c;
		}

		@Test
		@DisplayName("no 2026R application on 2027-03-10: next 报名 by 2027-03-31; predicted 未参加 — no second deferral")
		void submit() {
			Prediction p = reassessed().predict(LocalDate.of(2027, 3, 10));
			assertNext(p, Step.SUBMIT, Actor.PHYSICIAN, null, LocalDate.of(2027, 3, 31), false);
			assertThat(p.outcome()).isEqualTo(Outcome.NOT_PARTICIPATED);
			assertThat(p.ruling().reasons()).containsExactly(ReasonCode.NOT_REGISTERED);
		}

		@Test
		@DisplayName("2026R submitted: 审核 by the main institution by 2027-04-15")
		void approve() {
			Prediction p = reassessed().application(ApplicationStatus.SUBMITTED).predict(LocalDate.of(2027, 4, 2));
			assertNext(p, Step.APPROVE, Actor.MAIN_ORG, MAIN, LocalDate.of(2027, 4, 15), false);
		}

		@Test
		@DisplayName("2026R approved, a secondary site has not rated: 评价 by it by 2027-05-15; then 测评 by 2027-06-30")
		void rateThenExam() {
			CaseBuilder c = reassessed().otherOrg(OTHER).application(ApplicationStatus.APPROVED);
			c.evaluation(MAIN, Rating.PASS, Rating.PASS, ReassessmentRuleTests.at2027(4, 20), true);
			Prediction p = c.predict(LocalDate.of(2027, 5, 1));
			assertNext(p, Step.RATE, Actor.SITE, OTHER, LocalDate.of(2027, 5, 15), false);
			assertThat(p.steps().get(1).step()).isEqualTo(Step.EXAM);
			assertThat(p.steps().get(1).deadline()).isEqualTo(LocalDate.of(2027, 6, 30));
		}

		@Test
		@DisplayName("2026 records never count for 2026R: a 2026 rating leaves the 2026R 评价 open")
		void otherCycleRecords() {
			CaseBuilder c = reassessed().application(ApplicationStatus.APPROVED);
			c.evaluation(MAIN, Cycle.regular(2026), Rating.PASS, Rating.PASS, at(6, 2), true);
			Prediction p = c.predict(LocalDate.of(2027, 5, 1));
			assertNext(p, Step.RATE, Actor.MAIN_ORG, MAIN, LocalDate.of(2027, 5, 15), false);
		}

	}

}
