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

}
