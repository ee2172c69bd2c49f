package cn.dingkao.ruling;

import static cn.dingkao.ruling.CaseBuilder.OTHER;
import static cn.dingkao.ruling.CaseBuilder.at;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

@DisplayName("spec §The ruling 2: the application step (final when it decides)")
class ApplicationStepTests {

	@Test
	@DisplayName("spec §2, plan §四(三)2: no application, registered before the window → NOT_PARTICIPATED (3) NOT_REGISTERED")
	void noApplication() {
		Ruling ruling = CaseBuilder.withoutApplication().rule();
		assertFinal(ruling, Outcome.NOT_PARTICIPATED, ReasonCode.NOT_REGISTERED);
		assertThat(ruling.lineage().toText()).isEmpty();
	}

	@ParameterizedTest
	@EnumSource(value = ApplicationStatus.class, names = { "DRAFT", "RETURNED" })
	@DisplayName("spec §2: DRAFT or RETURNED counts as no application → NOT_REGISTERED")
	void draftOrReturned(ApplicationStatus status) {
		CaseBuilder c = CaseBuilder.approvedAndPassing().application(status);
		Ruling ruling = c.rule();
		assertFinal(ruling, Outcome.NOT_PARTICIPATED, ReasonCode.NOT_REGISTERED);
		assertThat(ruling.lineage().applicationId()).isEqualTo(c.application.id());
	}

	@ParameterizedTest
	@EnumSource(value = ApplicationStatus.class, names = { "DRAFT", "RETURNED" })
	@DisplayName("spec §2, plan §二(六): registered in the window without applying → DEFERRED (4) REGISTERED_DURING_CYCLE")
	void registeredDuringCycle(ApplicationStatus status) {
		CaseBuilder c = CaseBuilder.withoutApplication().application(status);
		c.registeredOn = LocalDate.of(2026, 5, 20);
		assertFinal(c.rule(), Outcome.DEFERRED, ReasonCode.REGISTERED_DURING_CYCLE);
	}

	@Test
	@DisplayName("spec §The ruling: registered_on on the first day of the window (REGISTRATION start) → DEFERRED")
	void registeredOnFirstDay() {
		CaseBuilder c = CaseBuilder.withoutApplication();
		c.registeredOn = c.registrationStart;
		assertFinal(c.rule(), Outcome.DEFERRED, ReasonCode.REGISTERED_DURING_CYCLE);
	}

	@Test
	@DisplayName("spec §The ruling: registered_on one day before the window → NOT_PARTICIPATED NOT_REGISTERED")
	void registeredDayBeforeWindow() {
		CaseBuilder c = CaseBuilder.withoutApplication();
		c.registeredOn = c.registrationStart.minusDays(1);
		assertFinal(c.rule(), Outcome.NOT_PARTICIPATED, ReasonCode.NOT_REGISTERED);
	}

	@Test
	@DisplayName("spec §The ruling: registered_on on the last day of the window (CLOSE) → DEFERRED")
	void registeredOnLastDay() {
		CaseBuilder c = CaseBuilder.withoutApplication();
		c.registeredOn = c.close;
		assertFinal(c.rule(), Outcome.DEFERRED, ReasonCode.REGISTERED_DURING_CYCLE);
	}

	@Test
	@DisplayName("spec §The ruling: registered_on one day after CLOSE → NOT_PARTICIPATED NOT_REGISTERED")
	void registeredDayAfterWindow() {
		CaseBuilder c = CaseBuilder.withoutApplication();
		c.registeredOn = c.close.plusDays(1);
		assertFinal(c.rule(), Outcome.NOT_PARTICIPATED, ReasonCode.NOT_REGISTERED);
	}

	@Test
	@DisplayName("spec §2: a blank registered_on is not in the window → NOT_REGISTERED")
	void blankRegisteredOn() {
		CaseBuilder c = CaseBuilder.withoutApplication();
		c.registeredOn = null;
		assertFinal(c.rule(), Outcome.NOT_PARTICIPATED, ReasonCode.NOT_REGISTERED);
	}

	@Test
	@DisplayName("spec §2, manual §11.2: SUBMITTED (not approved) → NOT_PARTICIPATED (3) NOT_APPROVED, even when registered in the window")
	void submitted() {
		CaseBuilder c = CaseBuilder.approvedAndPassing().application(ApplicationStatus.SUBMITTED);
		c.registeredOn = LocalDate.of(2026, 4, 15);
		assertFinal(c.rule(), Outcome.NOT_PARTICIPATED, ReasonCode.NOT_APPROVED);
	}

	@Test
	@DisplayName("spec §2 final: ratings and exams of a not-approved physician change nothing (one reason, items MISSING)")
	void finalDespiteRecords() {
		CaseBuilder c = CaseBuilder.approvedAndPassing().application(ApplicationStatus.SUBMITTED);
		c.evaluation(OTHER, Rating.FAIL, Rating.FAIL, at(6, 1), false);
		Ruling ruling = c.rule();
		assertFinal(ruling, Outcome.NOT_PARTICIPATED, ReasonCode.NOT_APPROVED);
		assertThat(ruling.warnings()).isEmpty();
		assertThat(ruling.countedExamIds()).isEmpty();
	}

	@Test
	@DisplayName("spec §The ruling: an application of another cycle year never counts (ruled as no application)")
	void applicationOfAnotherCycle() {
		CaseBuilder c = CaseBuilder.approvedAndPassing();
		c.year = 2027;
		c.registrationStart = LocalDate.of(2027, 4, 1);
		c.close = LocalDate.of(2027, 8, 10);
		c.businessDate = LocalDate.of(2027, 8, 11);
		assertFinal(c.rule(), Outcome.NOT_PARTICIPATED, ReasonCode.NOT_REGISTERED);
	}

	@Test
	@DisplayName("README: step-2 rulings still report identity and application warnings (SPECIALTY_NOT_IN_SCOPE, DUPLICATE_APPLICATION), not evaluation ones")
	void stepTwoWarnings() {
		CaseBuilder c = CaseBuilder.approvedAndPassing().application(ApplicationStatus.SUBMITTED).specialty("口腔专业");
		c.conflicts.add(PhysicianCase.DUPLICATE_APPLICATION);
		c.conflicts.add(PhysicianCase.EVALUATION_CONFLICT_PREFIX + CaseBuilder.MAIN);
		assertThat(c.rule().warnings()).extracting(Warning::code)
			.containsExactlyInAnyOrder(WarningCode.DUPLICATE_APPLICATION, WarningCode.SPECIALTY_NOT_IN_SCOPE);
	}

	@Test
	@DisplayName("spec §2: only APPROVED applications go on to steps 3–5 — a status left blank counts as not applied")
	void blankStatus() {
		CaseBuilder c = CaseBuilder.approvedAndPassing();
		ApplicationRecord a = c.application;
		c.application = new ApplicationRecord(a.id(), a.certNo(), a.cycle(), a.specialty(), null, a.submittedAt(),
				a.approvedAt(), false, null, null, null, null, null, a.sourceFile(), a.sourceLine());
		assertFinal(c.rule(), Outcome.NOT_PARTICIPATED, ReasonCode.NOT_REGISTERED);
	}

	private static void assertFinal(Ruling ruling, Outcome outcome, ReasonCode reason) {
		assertThat(ruling.outcome()).isEqualTo(outcome);
		assertThat(ruling.reasons()).containsExactly(reason);
		assertThat(ruling.ethics()).isEqualTo(ItemState.MISSING);
		assertThat(ruling.performance()).isEqualTo(ItemState.MISSING);
		assertThat(ruling.business()).isEqualTo(ItemState.MISSING);
		assertThat(ruling.allSitesRated()).isFalse();
		assertThat(ruling.examPassed()).isFalse();
	}

}
