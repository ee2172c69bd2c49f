package cn.dingkao.ruling;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("plan §五 简易程序条件, spec §The ruling 4 (eligibility per category)")
class SimplifiedEligibilityTests {

	private static CaseBuilder claim(int category, String ref, LocalDate date, Integer months) {
		return CaseBuilder.approvedAndPassing().simplified(category, ref, date, months);
	}

	private static boolean eligible(CaseBuilder c) {
		return !c.rule().reasons().contains(ReasonCode.SIMPLIFIED_INELIGIBLE);
	}

	@Test
	@DisplayName("plan §五(二): exactly 60 on Dec 31 — born (Y-60)-12-31 is eligible")
	void sixtyOnDecember31() {
		CaseBuilder c = claim(2, null, null, null);
		c.birthDate = LocalDate.of(1966, 12, 31);
		c.certNo = CaseBuilder.residentNo("110105", "19661231", "123");
		assertThat(eligible(c)).isTrue();
	}

	@Test
	@DisplayName("plan §五(二): born (Y-59)-01-01 is not yet 60 on Dec 31 → SIMPLIFIED_INELIGIBLE")
	void fiftyNine() {
		CaseBuilder c = claim(2, null, null, null);
		c.birthDate = LocalDate.of(1967, 1, 1);
		c.certNo = CaseBuilder.residentNo("110105", "19670101", "123");
		Ruling ruling = c.rule();
		assertThat(ruling.reasons()).containsExactly(ReasonCode.SIMPLIFIED_INELIGIBLE);
		assertThat(ruling.warnings()).extracting(Warning::code).containsExactly(WarningCode.SIMPLIFIED_INELIGIBLE);
	}

	@Test
	@DisplayName("plan §五(二), spec §4: a blank birth_date is taken from the 18-digit resident number")
	void birthDateFromCertNumber() {
		CaseBuilder c = claim(2, null, null, null);
		c.birthDate = null;
		c.certNo = CaseBuilder.residentNo("110105", "19601231", "123");
		assertThat(eligible(c)).isTrue();
		c.certNo = CaseBuilder.residentNo("110105", "19700101", "123");
		assertThat(eligible(c)).isFalse();
	}

	@Test
	@DisplayName("README: category 2 with no birth date and a non-resident document → ineligible")
	void noBirthDateAtAll() {
		CaseBuilder c = claim(2, null, null, null);
		c.birthDate = null;
		c.certType = "FOREIGN";
		c.certNo = "E12345678";
		assertThat(eligible(c)).isFalse();
	}

	@Test
	@DisplayName("plan §五(二): cycle 2029 computes its own age limit — born 1969-12-31 eligible, 1970-01-01 not")
	void cycle2029AgeLimit() {
		CaseBuilder c = cycle2029(claim(2, null, null, null));
		c.birthDate = LocalDate.of(1969, 12, 31);
		assertThat(eligible(c)).isTrue();
		c.birthDate = LocalDate.of(1970, 1, 1);
		assertThat(eligible(c)).isFalse();
	}

	@Test
	@DisplayName("plan §五(六): 主任医师 with the title obtained on Dec 31 of Y is eligible; Jan 1 of Y+1 is not")
	void chiefTitleOnDecember31() {
		CaseBuilder c = claim(6, null, null, null);
		c.title = "主任医师";
		c.titleDate = LocalDate.of(2026, 12, 31);
		assertThat(eligible(c)).isTrue();
		c.titleDate = LocalDate.of(2027, 1, 1);
		assertThat(eligible(c)).isFalse();
	}

	@Test
	@DisplayName("plan §五(六): 主任中医师 also qualifies; 副主任医师 does not; a blank title_date is ineligible (README)")
	void chiefTitles() {
		CaseBuilder c = claim(6, null, null, null);
		c.title = "主任中医师";
		c.titleDate = LocalDate.of(2010, 1, 1);
		assertThat(eligible(c)).isTrue();
		c.title = "副主任医师";
		assertThat(eligible(c)).isFalse();
		c.title = "主任医师";
		c.titleDate = null;
		assertThat(eligible(c)).isFalse();
	}

	@Test
	@DisplayName("plan §五(三)(七): evidence_ref present and evidence_date in the period (Y-2)-01-01 … Y-12-31")
	void evidenceInPeriod() {
		for (int category : new int[] { 3, 7 }) {
			assertThat(eligible(claim(category, "奖-1", LocalDate.of(2024, 1, 1), null))).as("first day").isTrue();
			assertThat(eligible(claim(category, "奖-1", LocalDate.of(2026, 12, 31), null))).as("last day").isTrue();
			assertThat(eligible(claim(category, "奖-1", LocalDate.of(2023, 12, 31), null))).as("before").isFalse();
			assertThat(eligible(claim(category, "奖-1", null, null))).as("no date").isFalse();
			assertThat(eligible(claim(category, " ", LocalDate.of(2025, 3, 1), null))).as("blank ref").isFalse();
		}
	}

	@Test
	@DisplayName("plan §五(五): aid evidence in the period and aid_months ≥ 3")
	void aidOfThreeMonths() {
		assertThat(eligible(claim(5, "援藏-9", LocalDate.of(2025, 3, 1), 3))).isTrue();
		assertThat(eligible(claim(5, "援藏-9", LocalDate.of(2025, 3, 1), 2))).isFalse();
		assertThat(eligible(claim(5, "援藏-9", LocalDate.of(2025, 3, 1), null))).isFalse();
		assertThat(eligible(claim(5, "援藏-9", LocalDate.of(2021, 3, 1), 6))).isFalse();
	}

	@Test
	@DisplayName("plan §五(一)(四): evidence_ref present is enough")
	void evidenceOnly() {
		for (int category : new int[] { 1, 4 }) {
			assertThat(eligible(claim(category, "证-1", null, null))).isTrue();
			assertThat(eligible(claim(category, null, null, null))).isFalse();
		}
	}

	@Test
	@DisplayName("plan §五(三): cycle 2029 uses the period 2027–2029")
	void cycle2029Period() {
		assertThat(eligible(cycle2029(claim(3, "奖-1", LocalDate.of(2027, 1, 1), null)))).isTrue();
		assertThat(eligible(cycle2029(claim(3, "奖-1", LocalDate.of(2026, 12, 31), null)))).isFalse();
	}

	@Test
	@DisplayName("plan §五: an unknown category is ineligible")
	void unknownCategory() {
		assertThat(eligible(claim(8, "证-1", LocalDate.of(2025, 1, 1), 6))).isFalse();
	}

	private static CaseBuilder cycle2029(CaseBuilder c) {
		ApplicationRecord a = c.application;
		c.year = 2029;
		c.registrationStart = LocalDate.of(2029, 4, 1);
		c.close = LocalDate.of(2029, 8, 10);
		c.businessDate = LocalDate.of(2029, 8, 11);
		c.application = new ApplicationRecord(a.id(), a.certNo(), Cycle.regular(2029), a.specialty(), a.status(),
				a.submittedAt(), a.approvedAt(), a.simplified(), a.simplifiedCategory(), a.evidenceRef(),
				a.evidenceDate(), a.aidMonths(), a.examOrgCode(), a.sourceFile(), a.sourceLine());
		return c;
	}

}
