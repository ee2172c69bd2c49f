package cn.dingkao.ruling;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("spec §Warnings: identity and application warnings (never change the ruling)")
class IdentityWarningTests {

	@Test
	@DisplayName("spec §Warnings INVALID_CERT_NO: a RESIDENT number failing the GB 11643 check digit; ruling unchanged")
	void invalidCertNo() {
		CaseBuilder c = CaseBuilder.approvedAndPassing();
		String valid = c.certNo;
		c.certNo = valid.substring(0, 17) + (valid.charAt(17) == '0' ? '1' : '0');
		Ruling ruling = c.rule();
		assertThat(ruling.warnings()).extracting(Warning::code).containsExactly(WarningCode.INVALID_CERT_NO);
		assertThat(ruling.outcome()).isEqualTo(Outcome.PASS);
	}

	@Test
	@DisplayName("spec §Warnings INVALID_CERT_NO: only RESIDENT numbers are checked")
	void otherDocumentsNotChecked() {
		CaseBuilder c = CaseBuilder.approvedAndPassing();
		c.certType = "HMT";
		c.certNo = "H01234567";
		assertThat(c.rule().warnings()).isEmpty();
	}

	@Test
	@DisplayName("README BIRTH_DATE_MISMATCH: roster birth date differs from the one in a valid resident number")
	void birthDateMismatch() {
		CaseBuilder c = CaseBuilder.approvedAndPassing();
		c.birthDate = LocalDate.of(1980, 1, 2);
		Ruling ruling = c.rule();
		assertThat(ruling.warnings()).extracting(Warning::code).containsExactly(WarningCode.BIRTH_DATE_MISMATCH);
		assertThat(ruling.outcome()).isEqualTo(Outcome.PASS);
	}

	@Test
	@DisplayName("spec §Warnings SPECIALTY_NOT_IN_SCOPE: a specialty neither offered for the scopes nor equal to one")
	void specialtyNotInScope() {
		Ruling ruling = CaseBuilder.approvedAndPassing().specialty("口腔专业").rule();
		assertThat(ruling.warnings()).extracting(Warning::code).containsExactly(WarningCode.SPECIALTY_NOT_IN_SCOPE);
		assertThat(ruling.outcome()).isEqualTo(Outcome.PASS);
	}

	@Test
	@DisplayName("plan §二(五): a physician with several scopes may choose a specialty of any of them")
	void severalScopes() {
		CaseBuilder c = CaseBuilder.approvedAndPassing().specialty("儿内科专业");
		c.scopes = List.of("内科专业", "儿科专业");
		assertThat(c.rule().warnings()).isEmpty();
	}

	@Test
	@DisplayName("spec §Warnings DUPLICATE_APPLICATION: reported from input_conflict; ruling unchanged")
	void duplicateApplication() {
		CaseBuilder c = CaseBuilder.approvedAndPassing();
		c.conflicts.add(PhysicianCase.DUPLICATE_APPLICATION);
		Ruling ruling = c.rule();
		assertThat(ruling.warnings()).extracting(Warning::code).containsExactly(WarningCode.DUPLICATE_APPLICATION);
		assertThat(ruling.outcome()).isEqualTo(Outcome.PASS);
	}

}
