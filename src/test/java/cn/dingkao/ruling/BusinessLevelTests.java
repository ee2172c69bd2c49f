package cn.dingkao.ruling;

import static cn.dingkao.ruling.CaseBuilder.MAIN;
import static cn.dingkao.ruling.CaseBuilder.at;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("spec §The ruling 4: business level (业务水平, plan §四(二))")
class BusinessLevelTests {

	private static CaseBuilder approvedWithoutExams() {
		CaseBuilder c = CaseBuilder.approvedAndPassing();
		c.exams.clear();
		return c;
	}

	@Test
	@DisplayName("plan §四(二): attempt 3 passed after 2 fails → business PASS")
	void thirdAttemptPasses() {
		CaseBuilder c = approvedWithoutExams();
		c.exam(1, ExamMode.ONLINE, false, at(7, 2));
		c.exam(2, ExamMode.ONLINE, false, at(7, 5));
		long third = c.exam(3, ExamMode.ONLINE, true, at(7, 9));
		Ruling ruling = c.rule();
		assertThat(ruling.business()).isEqualTo(ItemState.PASS);
		assertThat(ruling.outcome()).isEqualTo(Outcome.PASS);
		assertThat(ruling.examPassed()).isTrue();
		assertThat(ruling.countedExamIds()).hasSize(3);
		assertThat(ruling.lineage().examIds()).containsExactly(third);
	}

	@Test
	@DisplayName("plan §四(二): at most 3 online tries — attempt 4 passed is ignored (EXAM_ATTEMPT_LIMIT), business FAIL")
	void fourthOnlineAttemptIgnored() {
		CaseBuilder c = approvedWithoutExams();
		c.exam(1, ExamMode.ONLINE, false, at(7, 2));
		c.exam(2, ExamMode.ONLINE, false, at(7, 5));
		c.exam(3, ExamMode.ONLINE, false, at(7, 9));
		long fourth = c.exam(4, ExamMode.ONLINE, true, at(7, 12));
		Ruling ruling = c.rule();
		assertThat(ruling.business()).isEqualTo(ItemState.FAIL);
		assertThat(ruling.outcome()).isEqualTo(Outcome.FAIL);
		assertThat(ruling.reasons()).containsExactly(ReasonCode.EXAM_FAIL);
		assertThat(ruling.ignoredExams()).extracting(IgnoredExam::examId).containsExactly(fourth);
		assertThat(ruling.warnings()).extracting(Warning::code).containsExactly(WarningCode.EXAM_ATTEMPT_LIMIT);
		assertThat(ruling.lineage().examIds()).hasSize(3).doesNotContain(fourth);
	}

	@Test
	@DisplayName("plan §四(二): only a 4th attempt (no earlier ones) → nothing counted, EXAM_MISSING")
	void onlyFourthAttempt() {
		CaseBuilder c = approvedWithoutExams();
		c.exam(4, ExamMode.ONLINE, true, at(7, 12));
		Ruling ruling = c.rule();
		assertThat(ruling.business()).isEqualTo(ItemState.MISSING);
		assertThat(ruling.outcome()).isEqualTo(Outcome.NOT_PARTICIPATED);
		assertThat(ruling.reasons()).containsExactly(ReasonCode.EXAM_MISSING);
	}

	@Test
	@DisplayName("plan §四(二): the 3-try limit is for online tests only — an OFFLINE attempt 4 counts")
	void offlineAttemptBeyondThreeCounts() {
		CaseBuilder c = approvedWithoutExams();
		c.exam(4, ExamMode.OFFLINE, true, at(7, 12));
		assertThat(c.rule().business()).isEqualTo(ItemState.PASS);
	}

	@Test
	@DisplayName("spec §4: a pass taken after CLOSE is ignored (EXAM_AFTER_CLOSE)")
	void passAfterCloseIgnored() {
		CaseBuilder c = approvedWithoutExams();
		c.exam(1, ExamMode.ONLINE, false, at(7, 2));
		c.exam(2, ExamMode.ONLINE, true, at(8, 11));
		Ruling ruling = c.rule();
		assertThat(ruling.business()).isEqualTo(ItemState.FAIL);
		assertThat(ruling.reasons()).containsExactly(ReasonCode.EXAM_FAIL);
		assertThat(ruling.warnings()).extracting(Warning::code).containsExactly(WarningCode.EXAM_AFTER_CLOSE);
	}

	@Test
	@DisplayName("spec §The ruling: a pass on the CLOSE day itself still counts")
	void passOnCloseDayCounts() {
		CaseBuilder c = approvedWithoutExams();
		c.exam(1, ExamMode.ONLINE, true, LocalDateTime.of(2026, 8, 10, 23, 30));
		Ruling ruling = c.rule();
		assertThat(ruling.business()).isEqualTo(ItemState.PASS);
		assertThat(ruling.warnings()).isEmpty();
	}

	@Test
	@DisplayName("plan §四(二): 藏医 is tested offline — an OFFLINE pass passes the business level")
	void tibetanMedicineOffline() {
		CaseBuilder c = approvedWithoutExams();
		c.scopes = java.util.List.of("藏医专业");
		c.specialty("藏医专业");
		c.exam(1, ExamMode.OFFLINE, true, at(7, 15));
		Ruling ruling = c.rule();
		assertThat(CaseBuilder.CATALOG.examMode("藏医专业")).contains(ExamMode.OFFLINE);
		assertThat(ruling.outcome()).isEqualTo(Outcome.PASS);
		assertThat(ruling.warnings()).isEmpty();
	}

	@Test
	@DisplayName("spec §4: no exam record → MISSING with EXAM_MISSING, outcome NOT_PARTICIPATED (plan §四(三)1)")
	void noExam() {
		Ruling ruling = approvedWithoutExams().rule();
		assertThat(ruling.business()).isEqualTo(ItemState.MISSING);
		assertThat(ruling.reasons()).containsExactly(ReasonCode.EXAM_MISSING);
		assertThat(ruling.outcome()).isEqualTo(Outcome.NOT_PARTICIPATED);
	}

	@Test
	@DisplayName("spec §4: a SIMPLIFIED record without a claim does not count, and raises no warning of its own")
	void simplifiedRecordWithoutClaim() {
		CaseBuilder c = approvedWithoutExams();
		long id = c.exam(1, ExamMode.SIMPLIFIED, true, at(7, 3));
		Ruling ruling = c.rule();
		assertThat(ruling.business()).isEqualTo(ItemState.MISSING);
		assertThat(ruling.reasons()).containsExactly(ReasonCode.EXAM_MISSING);
		assertThat(ruling.warnings()).isEmpty();
		assertThat(ruling.ignoredExams()).extracting(IgnoredExam::examId).containsExactly(id);
	}

	@Test
	@DisplayName("plan §五, spec §4: a SIMPLIFIED record for an ineligible claim is ignored; SIMPLIFIED_INELIGIBLE reason and warning")
	void simplifiedRecordForIneligibleClaim() {
		CaseBuilder c = approvedWithoutExams().simplified(2, null, null, null); // born 1980: not 60
		c.exam(1, ExamMode.SIMPLIFIED, true, at(7, 3));
		Ruling ruling = c.rule();
		assertThat(ruling.business()).isEqualTo(ItemState.MISSING);
		assertThat(ruling.outcome()).isEqualTo(Outcome.NOT_PARTICIPATED);
		assertThat(ruling.reasonsText()).isEqualTo("EXAM_MISSING;SIMPLIFIED_INELIGIBLE");
		assertThat(ruling.warnings()).extracting(Warning::code).containsExactly(WarningCode.SIMPLIFIED_INELIGIBLE);
	}

	@Test
	@DisplayName("plan §五, spec §4: a SIMPLIFIED record for an eligible claim counts and passes")
	void simplifiedRecordForEligibleClaim() {
		CaseBuilder c = approvedWithoutExams().simplified(1, "院士-2025-01", null, null);
		c.exam(1, ExamMode.SIMPLIFIED, true, at(7, 3));
		Ruling ruling = c.rule();
		assertThat(ruling.outcome()).isEqualTo(Outcome.PASS);
		assertThat(ruling.reasons()).isEmpty();
	}

	@Test
	@DisplayName("spec §4: eligibility alone passes nothing — eligible claim without a record → EXAM_MISSING")
	void eligibilityAlonePassesNothing() {
		Ruling ruling = approvedWithoutExams().simplified(1, "院士-2025-01", null, null).rule();
		assertThat(ruling.business()).isEqualTo(ItemState.MISSING);
		assertThat(ruling.reasons()).containsExactly(ReasonCode.EXAM_MISSING);
	}

	@Test
	@DisplayName("spec §4: SIMPLIFIED_INELIGIBLE whatever the outcome — with an online pass the outcome is PASS and the reason stays")
	void ineligibleReasonEvenWhenPassing() {
		Ruling ruling = CaseBuilder.approvedAndPassing().simplified(6, null, null, null).rule();
		assertThat(ruling.outcome()).isEqualTo(Outcome.PASS);
		assertThat(ruling.reasons()).containsExactly(ReasonCode.SIMPLIFIED_INELIGIBLE);
	}

	@Test
	@DisplayName("README EXAM_WRONG_ORG: an exam at another org than the application's exam org (blank = main org) warns only")
	void examWrongOrg() {
		CaseBuilder c = approvedWithoutExams();
		c.exam(c.cycle(), 1, ExamMode.ONLINE, true, at(7, 3), "ORG_ASSOC");
		Ruling ruling = c.rule();
		assertThat(ruling.outcome()).isEqualTo(Outcome.PASS);
		assertThat(ruling.warnings()).extracting(Warning::code).containsExactly(WarningCode.EXAM_WRONG_ORG);

		CaseBuilder delegated = approvedWithoutExams().examOrg("ORG_ASSOC");
		delegated.exam(delegated.cycle(), 1, ExamMode.ONLINE, true, at(7, 3), "ORG_ASSOC");
		delegated.exam(delegated.cycle(), 2, ExamMode.ONLINE, true, at(7, 4), MAIN);
		assertThat(delegated.rule().warnings()).extracting(Warning::orgCode).containsExactly(MAIN);
	}

	@Test
	@DisplayName("manual §11.2, README: EXAM_BEFORE_EVALUATION when the exam precedes the last counted rating")
	void examBeforeLastEvaluation() {
		CaseBuilder c = approvedWithoutExams();
		c.exam(1, ExamMode.ONLINE, true, at(6, 19));
		Ruling ruling = c.rule();
		assertThat(ruling.outcome()).isEqualTo(Outcome.PASS);
		assertThat(ruling.warnings()).extracting(Warning::code).containsExactly(WarningCode.EXAM_BEFORE_EVALUATION);
	}

	@Test
	@DisplayName("manual §11.2, README: EXAM_BEFORE_EVALUATION while some site has no counted rating")
	void examWhileSiteUnrated() {
		Ruling ruling = CaseBuilder.approvedAndPassing().otherOrg(CaseBuilder.OTHER).rule();
		assertThat(ruling.warnings()).extracting(Warning::code).containsExactly(WarningCode.EXAM_BEFORE_EVALUATION);
	}

	@Test
	@DisplayName("spec §The ruling: an exam record of another cycle year never counts")
	void examOfAnotherCycle() {
		CaseBuilder c = approvedWithoutExams();
		c.exam(Cycle.regular(2025), 1, ExamMode.ONLINE, true, LocalDateTime.of(2025, 7, 3, 9, 0), null);
		Ruling ruling = c.rule();
		assertThat(ruling.business()).isEqualTo(ItemState.MISSING);
		assertThat(ruling.countedExamIds()).isEmpty();
		assertThat(ruling.ignoredExams()).isEmpty();
	}

	@Test
	@DisplayName("spec §4: a record's specialty limits nothing (the exam platform is the authority)")
	void specialtyOfRecordLimitsNothing() {
		CaseBuilder c = approvedWithoutExams();
		c.exams.add(new ExamRecord(999, c.certNo, Cycle.regular(2026), 1, ExamMode.ONLINE, "口腔专业", true, at(7, 3),
				null, "exam_attempts.csv", 9L));
		assertThat(c.rule().business()).isEqualTo(ItemState.PASS);
	}

}
