package cn.dingkao.ruling;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.LocalDateTime;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("spec §The ruling: cycle calendar; GB 11643 resident numbers")
class CalendarAndCertNumberTests {

	@Test
	@DisplayName("spec §The ruling: cycle 2029 computes its own period 2027-01-01 … 2029-12-31 (nothing hard-coded to 2026)")
	void cycle2029Period() {
		CycleCalendar calendar = CycleCalendar.of(Cycle.regular(2029), LocalDate.of(2029, 4, 1),
				LocalDate.of(2029, 8, 10));
		assertThat(calendar.periodStart()).isEqualTo(LocalDate.of(2027, 1, 1));
		assertThat(calendar.periodEnd()).isEqualTo(LocalDate.of(2029, 12, 31));
		assertThat(calendar.inPeriod(LocalDate.of(2026, 12, 31))).isFalse();
	}

	@Test
	@DisplayName("spec §The ruling: the assessment window is REGISTRATION start … CLOSE, both days included")
	void assessmentWindow() {
		CycleCalendar calendar = new CaseBuilder().calendar();
		assertThat(calendar.inAssessmentWindow(LocalDate.of(2026, 4, 1))).isTrue();
		assertThat(calendar.inAssessmentWindow(LocalDate.of(2026, 8, 10))).isTrue();
		assertThat(calendar.inAssessmentWindow(LocalDate.of(2026, 3, 31))).isFalse();
		assertThat(calendar.inAssessmentWindow(LocalDate.of(2026, 8, 11))).isFalse();
		assertThat(calendar.inAssessmentWindow(null)).isFalse();
	}

	@Test
	@DisplayName("spec §The ruling: after CLOSE = a calendar day later than CLOSE (08-10 23:59 still counts)")
	void afterClose() {
		CycleCalendar calendar = new CaseBuilder().calendar();
		assertThat(calendar.isAfterClose(LocalDateTime.of(2026, 8, 10, 23, 59, 59))).isFalse();
		assertThat(calendar.isAfterClose(LocalDateTime.of(2026, 8, 11, 0, 0))).isTrue();
	}

	@Test
	@DisplayName("a CLOSE before REGISTRATION start is refused")
	void inconsistentCalendar() {
		assertThatThrownBy(() -> CycleCalendar.of(Cycle.regular(2026), LocalDate.of(2026, 8, 10),
				LocalDate.of(2026, 4, 1)))
			.isInstanceOf(IllegalArgumentException.class);
	}

	@Test
	@DisplayName("GB 11643: the standard's example 11010519491231002X is valid, a changed check digit is not")
	void checkDigit() {
		assertThat(CertNumbers.isValid("11010519491231002X")).isTrue();
		assertThat(CertNumbers.isValid("11010519491231002x")).isTrue();
		assertThat(CertNumbers.isValid("110105194912310021")).isFalse();
		assertThat(CertNumbers.checkDigit("11010519491231002")).isEqualTo('X');
		assertThat(CertNumbers.isValid("110105491231002")).isFalse();
		assertThat(CertNumbers.isValid(null)).isFalse();
	}

	@Test
	@DisplayName("GB 11643: the birth date is digits 7–14; a number with an impossible date is not valid")
	void birthDate() {
		assertThat(CertNumbers.birthDate("11010519491231002X")).contains(LocalDate.of(1949, 12, 31));
		String feb30 = "11010519490230002";
		assertThat(CertNumbers.isValid(feb30 + CertNumbers.checkDigit(feb30))).isFalse();
		assertThat(CertNumbers.birthDate(feb30 + CertNumbers.checkDigit(feb30))).isEmpty();
		assertThat(CertNumbers.birthDate("110105194912310021")).as("wrong check digit").isEmpty();
	}

	/** The timeline of 附件1 for 2026, as the migrations configure it. */
	static CycleCalendar timeline2026() {
		java.util.Map<Phase, PhaseDates> phases = new java.util.EnumMap<>(Phase.class);
		phases.put(Phase.REGISTRATION, new PhaseDates(LocalDate.of(2026, 4, 1), LocalDate.of(2026, 4, 30)));
		phases.put(Phase.REVIEW, new PhaseDates(LocalDate.of(2026, 5, 1), LocalDate.of(2026, 5, 24)));
		phases.put(Phase.EVALUATION, new PhaseDates(LocalDate.of(2026, 5, 25), LocalDate.of(2026, 6, 26)));
		phases.put(Phase.CONFIRMATION, new PhaseDates(LocalDate.of(2026, 6, 27), LocalDate.of(2026, 6, 30)));
		phases.put(Phase.EXAM, new PhaseDates(LocalDate.of(2026, 7, 1), LocalDate.of(2026, 7, 31)));
		phases.put(Phase.VERIFICATION, new PhaseDates(LocalDate.of(2026, 8, 1), LocalDate.of(2026, 8, 9)));
		phases.put(Phase.CLOSE, new PhaseDates(LocalDate.of(2026, 8, 10), LocalDate.of(2026, 8, 10)));
		phases.put(Phase.FEED, new PhaseDates(LocalDate.of(2026, 8, 11), LocalDate.of(2026, 8, 31)));
		return new CycleCalendar(Cycle.regular(2026), phases);
	}

	@Test
	@DisplayName("spec Timeline: a phase is open on its own days only; nothing is open after CLOSE, the CLOSE day is not after it")
	void phasesAndClose() {
		CycleCalendar calendar = timeline2026();
		assertThat(calendar.isOpen(Phase.REGISTRATION, LocalDate.of(2026, 4, 1))).isTrue();
		assertThat(calendar.isOpen(Phase.REGISTRATION, LocalDate.of(2026, 4, 30))).isTrue();
		assertThat(calendar.isOpen(Phase.REGISTRATION, LocalDate.of(2026, 5, 1))).isFalse();
		assertThat(calendar.isOpen(Phase.CLOSE, LocalDate.of(2026, 8, 10))).as("the CLOSE day").isTrue();
		assertThat(calendar.isAfterClose(LocalDate.of(2026, 8, 10))).isFalse();
		assertThat(calendar.isAfterClose(LocalDate.of(2026, 8, 11))).isTrue();
		assertThat(calendar.isOpen(Phase.FEED, LocalDate.of(2026, 8, 11))).as("FEED lies after CLOSE: no change")
			.isFalse();
		assertThat(calendar.feedOpen(LocalDate.of(2026, 8, 10))).isFalse();
		assertThat(calendar.feedOpen(LocalDate.of(2026, 8, 11))).isTrue();
	}

	@Test
	@DisplayName("spec Jobs and schedule: the nightly run of cycle 2026 is every day of August (VERIFICATION … end of CLOSE's month)")
	void nightlyDays() {
		CycleCalendar calendar = timeline2026();
		assertThat(calendar.nightlyOn(LocalDate.of(2026, 7, 31))).isFalse();
		assertThat(calendar.nightlyOn(LocalDate.of(2026, 8, 1))).isTrue();
		assertThat(calendar.nightlyOn(LocalDate.of(2026, 8, 31))).isTrue();
		assertThat(calendar.nightlyOn(LocalDate.of(2026, 9, 1))).isFalse();
	}

	@Test
	@DisplayName("spec The re-assessment: the nightly run of 2026R is every day of July 2027 (its VERIFICATION and CLOSE)")
	void nightlyDaysOfTheReassessment() {
		java.util.Map<Phase, PhaseDates> phases = new java.util.EnumMap<>(Phase.class);
		phases.put(Phase.REGISTRATION, new PhaseDates(LocalDate.of(2027, 3, 1), LocalDate.of(2027, 3, 31)));
		phases.put(Phase.VERIFICATION, new PhaseDates(LocalDate.of(2027, 7, 1), LocalDate.of(2027, 7, 21)));
		phases.put(Phase.CLOSE, new PhaseDates(LocalDate.of(2027, 7, 22), LocalDate.of(2027, 7, 22)));
		phases.put(Phase.FEED, new PhaseDates(LocalDate.of(2027, 7, 23), LocalDate.of(2027, 8, 1)));
		CycleCalendar calendar = new CycleCalendar(Cycle.of("2026R"), phases);
		assertThat(calendar.nightlyOn(LocalDate.of(2027, 6, 30))).isFalse();
		assertThat(calendar.nightlyOn(LocalDate.of(2027, 7, 1))).isTrue();
		assertThat(calendar.nightlyOn(LocalDate.of(2027, 7, 31))).isTrue();
		assertThat(calendar.nightlyOn(LocalDate.of(2027, 8, 1))).isFalse();
		assertThat(calendar.periodStart()).as("judged on the base cycle's period").isEqualTo(LocalDate.of(2024, 1, 1));
		assertThat(calendar.periodEnd()).isEqualTo(LocalDate.of(2026, 12, 31));
	}

	@Test
	@DisplayName("spec The re-assessment: cycle codes — a year is the regular cycle, a year and R its re-assessment")
	void cycleCodes() {
		assertThat(Cycle.of("2026")).isEqualTo(Cycle.regular(2026));
		assertThat(Cycle.of(" 2026r ").code()).isEqualTo("2026R");
		assertThat(Cycle.of("2026R").base()).isEqualTo(Cycle.regular(2026));
		assertThat(Cycle.of("2026R").title()).isEqualTo("2026年度再次考核");
		assertThat(Cycle.regular(2026).title()).isEqualTo("2026年度");
		assertThat(Cycle.of("2026")).isLessThan(Cycle.of("2026R"));
		assertThatThrownBy(() -> Cycle.of("26")).isInstanceOf(IllegalArgumentException.class);
		assertThatThrownBy(() -> Cycle.of("2026X")).isInstanceOf(IllegalArgumentException.class);
	}

	@Test
	@DisplayName("Cycle: codes sort as text in cycle order, so SQL may order and compare the stored codes")
	void codesSortAsText() {
		java.util.List<Cycle> cycles = java.util.List.of(Cycle.regular(2024), Cycle.of("2024R"), Cycle.regular(2025),
				Cycle.of("2025R"), Cycle.regular(2026), Cycle.of("2026R"), Cycle.regular(2027));
		for (Cycle a : cycles) {
			for (Cycle b : cycles) {
				assertThat(Integer.signum(a.code().compareTo(b.code()))).as(a + " vs " + b)
					.isEqualTo(Integer.signum(a.compareTo(b)));
			}
		}
	}

}
