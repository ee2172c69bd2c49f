package cn.dingkao.ruling;

import static cn.dingkao.ruling.CaseBuilder.MAIN;
import static cn.dingkao.ruling.CaseBuilder.OTHER;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalDateTime;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Where the ruling of a re-assessment ({@code 2026R}) differs from that of its base cycle, each difference with the
 * clause of spec "The re-assessment" that makes it; the 2026R timeline (V9) has REGISTRATION from 2027-03-01 and
 * CLOSE on 2027-07-22, business date 2027-07-23.
 */
@DisplayName("spec \"The re-assessment\" (再次考核, cycle 2026R): how its ruling differs from the base cycle's")
class ReassessmentRuleTests {

	/** A physician of the 2026R population with nothing recorded for 2026R yet, on the 2026R timeline. */
	static CaseBuilder reassessed() {
		CaseBuilder c = new CaseBuilder();
		c.reassessment = true;
		c.registrationStart = LocalDate.of(2027, 3, 1);
		c.close = LocalDate.of(2027, 7, 22);
		c.businessDate = LocalDate.of(2027, 7, 23);
		return c;
	}

	/** Approved for 2026R, rated PASS at the main org in May 2027, online test passed in June 2027. */
	static CaseBuilder reassessedAndPassing() {
		CaseBuilder c = reassessed();
		c.application(ApplicationStatus.APPROVED);
		c.evaluation(MAIN, Rating.PASS, Rating.PASS, at2027(5, 10), true);
		c.exam(1, ExamMode.ONLINE, true, at2027(6, 10));
		return c;
	}

	static LocalDateTime at2027(int month, int day) {
		return LocalDateTime.of(2027, month, day, 10, 0);
	}

	@Test
	@DisplayName("spec The re-assessment, The rules: the rules of The ruling apply — all three items PASS → PASS (1)")
	void passing() {
		Ruling ruling = reassessedAndPassing().rule();
		assertThat(ruling.cycle()).isEqualTo(Cycle.of("2026R"));
		assertThat(ruling.outcome()).isEqualTo(Outcome.PASS);
		assertThat(ruling.reasons()).isEmpty();
		assertThat(ruling.warnings()).isEmpty();
	}

	@Test
	@DisplayName("spec The re-assessment, no second deferral: no application, registered in the 2026R window → NOT_PARTICIPATED NOT_REGISTERED (not DEFERRED)")
	void noSecondDeferralWithoutApplication() {
		CaseBuilder c = reassessed();
		c.registeredOn = LocalDate.of(2027, 4, 16);
		assertStepTwo(c.rule(), Outcome.NOT_PARTICIPATED, ReasonCode.NOT_REGISTERED);

		CaseBuilder base = CaseBuilder.withoutApplication();
		base.registeredOn = LocalDate.of(2026, 5, 20);
		assertStepTwo(base.rule(), Outcome.DEFERRED, ReasonCode.REGISTERED_DURING_CYCLE);
	}

	@ParameterizedTest
	@EnumSource(value = ApplicationStatus.class, names = { "DRAFT", "RETURNED" })
	@DisplayName("spec The re-assessment, no second deferral: DRAFT or RETURNED, registered on the first or last day of the 2026R window → NOT_REGISTERED")
	void noSecondDeferralForDraftOrReturned(ApplicationStatus status) {
		for (LocalDate registeredOn : new LocalDate[] { LocalDate.of(2027, 3, 1), LocalDate.of(2027, 7, 22) }) {
			CaseBuilder c = reassessed().application(status);
			c.registeredOn = registeredOn;
			assertStepTwo(c.rule(), Outcome.NOT_PARTICIPATED, ReasonCode.NOT_REGISTERED);
		}
	}

	@Test
	@DisplayName("spec The re-assessment, no second deferral: registered_on within the base cycle's window changes nothing either")
	void noSecondDeferralForTheBaseWindow() {
		CaseBuilder c = reassessed();
		c.registeredOn = LocalDate.of(2026, 5, 15);
		assertStepTwo(c.rule(), Outcome.NOT_PARTICIPATED, ReasonCode.NOT_REGISTERED);
	}

	@Test
	@DisplayName("spec §The ruling 2 in 2026R: SUBMITTED, never approved → NOT_PARTICIPATED NOT_APPROVED, as in the base cycle")
	void submittedNeverApproved() {
		CaseBuilder c = reassessedAndPassing().application(ApplicationStatus.SUBMITTED);
		c.registeredOn = LocalDate.of(2027, 3, 20);
		assertStepTwo(c.rule(), Outcome.NOT_PARTICIPATED, ReasonCode.NOT_APPROVED);
	}

	@Test
	@DisplayName("spec The re-assessment, The rules: the CLOSE of 2026R is 2027-07-22 — a rating of that day counts, one of 07-23 does not")
	void closeOfTheReassessmentForEvaluations() {
		CaseBuilder onClose = reassessedAndPassing();
		onClose.evaluations.clear();
		onClose.evaluation(MAIN, Rating.PASS, Rating.PASS, LocalDateTime.of(2027, 7, 22, 17, 30), true);
		Ruling counted = onClose.rule();
		assertThat(counted.outcome()).isEqualTo(Outcome.PASS);
		assertThat(counted.warnings()).extracting(Warning::code).containsExactly(WarningCode.EXAM_BEFORE_EVALUATION);

		CaseBuilder dayAfter = reassessedAndPassing();
		dayAfter.evaluations.clear();
		dayAfter.evaluation(MAIN, Rating.PASS, Rating.PASS, LocalDateTime.of(2027, 7, 23, 9, 0), true);
		Ruling late = dayAfter.rule();
		assertThat(late.outcome()).isEqualTo(Outcome.NOT_PARTICIPATED);
		assertThat(late.reasons()).containsExactly(ReasonCode.EVALUATION_MISSING);
		assertThat(late.warnings()).extracting(Warning::code).contains(WarningCode.EVALUATION_AFTER_CLOSE);
	}

	@Test
	@DisplayName("spec The re-assessment, The rules: an exam after the 2026R CLOSE (2027-07-23) does not count; one on 07-22 does")
	void closeOfTheReassessmentForExams() {
		CaseBuilder late = reassessedAndPassing();
		late.exams.clear();
		late.exam(1, ExamMode.ONLINE, true, LocalDateTime.of(2027, 7, 23, 8, 0));
		Ruling ignored = late.rule();
		assertThat(ignored.outcome()).isEqualTo(Outcome.NOT_PARTICIPATED);
		assertThat(ignored.reasons()).containsExactly(ReasonCode.EXAM_MISSING);
		assertThat(ignored.warnings()).extracting(Warning::code).containsExactly(WarningCode.EXAM_AFTER_CLOSE);

		CaseBuilder onClose = reassessedAndPassing();
		onClose.exams.clear();
		onClose.exam(1, ExamMode.ONLINE, true, LocalDateTime.of(2027, 7, 22, 16, 0));
		assertThat(onClose.rule().outcome()).isEqualTo(Outcome.PASS);
	}

	@Test
	@DisplayName("spec The re-assessment: nothing is carried over from 2026 — its application, ratings, exams and hides never count for 2026R")
	void nothingCarriedOverFrom2026() {
		CaseBuilder onlyBase = reassessed();
		onlyBase.application = new ApplicationRecord(1, onlyBase.certNo, Cycle.regular(2026), "内科专业",
				ApplicationStatus.APPROVED, CaseBuilder.at(4, 10), CaseBuilder.at(5, 10), false, null, null, null, null,
				null, "applications.csv", 1L);
		assertStepTwo(onlyBase.rule(), Outcome.NOT_PARTICIPATED, ReasonCode.NOT_REGISTERED);

		CaseBuilder c = reassessed().application(ApplicationStatus.APPROVED);
		c.evaluation(MAIN, Cycle.regular(2026), Rating.PASS, Rating.PASS, CaseBuilder.at(6, 20), true);
		c.exam(Cycle.regular(2026), 1, ExamMode.ONLINE, true, CaseBuilder.at(7, 10), null);
		c.hide(MAIN, Cycle.regular(2026), null);
		Ruling ruling = c.rule();
		assertThat(ruling.outcome()).as("a 2026 hide by the main org is no 2026R hide").isEqualTo(Outcome.NOT_PARTICIPATED);
		assertThat(ruling.reasons()).containsExactly(ReasonCode.EVALUATION_MISSING, ReasonCode.EXAM_MISSING);
		assertThat(ruling.countedExamIds()).isEmpty();
	}

	@Test
	@DisplayName("spec The re-assessment, Inputs: a 2026 hide at a site does not carry over — the site must rate for 2026R")
	void siteHiddenIn2026IsASiteAgain() {
		CaseBuilder c = reassessedAndPassing().otherOrg(OTHER);
		c.hide(OTHER, Cycle.regular(2026), null);
		Ruling ruling = c.rule();
		assertThat(ruling.outcome()).isEqualTo(Outcome.NOT_PARTICIPATED);
		assertThat(ruling.reasons()).containsExactly(ReasonCode.EVALUATION_MISSING);

		CaseBuilder hiddenAgain = reassessedAndPassing().otherOrg(OTHER);
		hiddenAgain.hide(OTHER, hiddenAgain.cycle(), null);
		assertThat(hiddenAgain.rule().outcome()).as("hidden again for 2026R: not a site").isEqualTo(Outcome.PASS);
	}

	@Test
	@DisplayName("spec §The ruling 1 in 2026R: hidden by the main org for 2026R → HIDDEN (0), no reasons")
	void hiddenByTheMainOrg() {
		CaseBuilder c = reassessedAndPassing();
		c.hide(MAIN, c.cycle(), null);
		Ruling ruling = c.rule();
		assertThat(ruling.outcome()).isEqualTo(Outcome.HIDDEN);
		assertThat(ruling.reasons()).isEmpty();
	}

	@Test
	@DisplayName("spec The re-assessment, simplified procedure judged for the base cycle: cat. 2 needs 60 by 2026-12-31, not by 2027-12-31")
	void ageAsOfTheBaseCycle() {
		CaseBuilder sixtyIn2027 = simplifiedRecordOnly(2, null, null, null);
		sixtyIn2027.birthDate = LocalDate.of(1967, 6, 1);
		sixtyIn2027.certNo = CaseBuilder.residentNo("110105", "19670601", "123");
		assertIneligible(sixtyIn2027.rule());

		CaseBuilder sixtyIn2026 = simplifiedRecordOnly(2, null, null, null);
		sixtyIn2026.birthDate = LocalDate.of(1966, 12, 31);
		sixtyIn2026.certNo = CaseBuilder.residentNo("110105", "19661231", "123");
		assertThat(sixtyIn2026.rule().outcome()).isEqualTo(Outcome.PASS);
	}

	@Test
	@DisplayName("spec The re-assessment, simplified procedure judged for the base cycle: cat. 6 needs 主任医师 by 2026-12-31 (a 2027 promotion is too late)")
	void titleAsOfTheBaseCycle() {
		CaseBuilder promotedIn2027 = simplifiedRecordOnly(6, null, null, null);
		promotedIn2027.title = "主任医师";
		promotedIn2027.titleDate = LocalDate.of(2027, 1, 15);
		assertIneligible(promotedIn2027.rule());

		CaseBuilder promotedIn2026 = simplifiedRecordOnly(6, null, null, null);
		promotedIn2026.title = "主任医师";
		promotedIn2026.titleDate = LocalDate.of(2026, 12, 31);
		assertThat(promotedIn2026.rule().outcome()).isEqualTo(Outcome.PASS);
	}

	@Test
	@DisplayName("spec The re-assessment, simplified procedure judged for the base cycle: cat. 3, 5, 7 evidence dated in 2024–2026 counts, in 2027 it does not")
	void evidenceInTheBasePeriod() {
		assertThat(simplifiedRecordOnly(3, "京科奖〔2026〕二等-0311", LocalDate.of(2026, 12, 31), null).rule().outcome())
			.isEqualTo(Outcome.PASS);
		assertIneligible(simplifiedRecordOnly(3, "京科奖〔2027〕二等-0007", LocalDate.of(2027, 1, 1), null).rule());
		assertThat(simplifiedRecordOnly(5, "京卫援字〔2026〕041号", LocalDate.of(2026, 10, 15), 6).rule().outcome())
			.isEqualTo(Outcome.PASS);
		assertIneligible(simplifiedRecordOnly(5, "京卫援字〔2027〕003号", LocalDate.of(2027, 2, 1), 6).rule());
		assertThat(simplifiedRecordOnly(7, "京职称〔2024〕第0001号", LocalDate.of(2024, 1, 1), null).rule().outcome())
			.isEqualTo(Outcome.PASS);
		assertIneligible(simplifiedRecordOnly(7, "京职称〔2027〕第0112号", LocalDate.of(2027, 1, 20), null).rule());
	}

	/** Approved with a simplified claim, rated PASS, and only a SIMPLIFIED exam record for 2026R. */
	private static CaseBuilder simplifiedRecordOnly(int category, String evidenceRef, LocalDate evidenceDate,
			Integer aidMonths) {
		CaseBuilder c = reassessedAndPassing();
		c.simplified(category, evidenceRef, evidenceDate, aidMonths);
		c.exams.clear();
		c.exam(1, ExamMode.SIMPLIFIED, true, at2027(6, 10));
		return c;
	}

	private static void assertIneligible(Ruling ruling) {
		assertThat(ruling.outcome()).isEqualTo(Outcome.NOT_PARTICIPATED);
		assertThat(ruling.reasons()).containsExactly(ReasonCode.EXAM_MISSING, ReasonCode.SIMPLIFIED_INELIGIBLE);
		assertThat(ruling.warnings()).extracting(Warning::code).containsExactly(WarningCode.SIMPLIFIED_INELIGIBLE);
	}

	private static void assertStepTwo(Ruling ruling, Outcome outcome, ReasonCode reason) {
		assertThat(ruling.outcome()).isEqualTo(outcome);
		assertThat(ruling.reasons()).containsExactly(reason);
		assertThat(ruling.ethics()).isEqualTo(ItemState.MISSING);
		assertThat(ruling.performance()).isEqualTo(ItemState.MISSING);
		assertThat(ruling.business()).isEqualTo(ItemState.MISSING);
	}

}
