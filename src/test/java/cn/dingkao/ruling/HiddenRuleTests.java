package cn.dingkao.ruling;

import static cn.dingkao.ruling.CaseBuilder.MAIN;
import static cn.dingkao.ruling.CaseBuilder.OTHER;
import static cn.dingkao.ruling.CaseBuilder.at;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("spec §The ruling 1 HIDDEN and active hides (manual §6 暂存)")
class HiddenRuleTests {

	@Test
	@DisplayName("spec §1: actively hidden by the main org → HIDDEN (0), no reasons, every item MISSING, lineage names the hide")
	void hiddenByMainOrg() {
		CaseBuilder c = CaseBuilder.approvedAndPassing();
		long hideId = c.hide(MAIN, null);
		Ruling ruling = c.rule();
		assertThat(ruling.outcome()).isEqualTo(Outcome.HIDDEN);
		assertThat(ruling.outcome().code()).isZero();
		assertThat(ruling.reasons()).isEmpty();
		assertThat(ruling.reasonsText()).isEmpty();
		assertThat(ruling.ethics()).isEqualTo(ItemState.MISSING);
		assertThat(ruling.performance()).isEqualTo(ItemState.MISSING);
		assertThat(ruling.business()).isEqualTo(ItemState.MISSING);
		assertThat(ruling.lineage().toText()).isEqualTo("physician_hide:" + hideId);
		assertThat(ruling.sites()).singleElement().satisfies(site -> assertThat(site.activelyHidden()).isTrue());
	}

	@Test
	@DisplayName("README: a HIDDEN physician gets identity warnings only (no application or exam warnings)")
	void hiddenKeepsIdentityWarningsOnly() {
		CaseBuilder c = CaseBuilder.approvedAndPassing();
		c.certNo = "110105198001011230";
		c.specialty("口腔专业");
		c.conflicts.add(PhysicianCase.DUPLICATE_APPLICATION);
		c.hide(MAIN, null);
		Ruling ruling = c.rule();
		assertThat(ruling.warnings()).extracting(Warning::code).containsExactly(WarningCode.INVALID_CERT_NO);
	}

	@Test
	@DisplayName("spec §The ruling: hidden at a secondary site only → that org is not a site; the main org's ratings decide")
	void hiddenAtSecondarySiteOnly() {
		CaseBuilder c = CaseBuilder.approvedAndPassing().otherOrg(OTHER);
		long hideId = c.hide(OTHER, null);
		Ruling ruling = c.rule();
		assertThat(ruling.outcome()).isEqualTo(Outcome.PASS);
		assertThat(ruling.reasons()).isEmpty();
		assertThat(ruling.allSitesRated()).isTrue();
		assertThat(ruling.sites()).filteredOn(SiteAssessment::activelyHidden)
			.singleElement()
			.satisfies(site -> assertThat(site.orgCode()).isEqualTo(OTHER));
		assertThat(ruling.lineage().hideIds()).containsExactly(hideId);
	}

	@Test
	@DisplayName("spec §The ruling: without the hide the same secondary site must rate (EVALUATION_MISSING)")
	void secondarySiteNotHiddenMustRate() {
		Ruling ruling = CaseBuilder.approvedAndPassing().otherOrg(OTHER).rule();
		assertThat(ruling.outcome()).isEqualTo(Outcome.NOT_PARTICIPATED);
		assertThat(ruling.reasons()).containsExactly(ReasonCode.EVALUATION_MISSING);
	}

	@Test
	@DisplayName("spec §The ruling: hidden then unhidden before the business date → not active, ruled normally")
	void unhiddenBeforeBusinessDate() {
		CaseBuilder c = CaseBuilder.approvedAndPassing();
		c.hide(MAIN, at(8, 1));
		assertThat(c.rule().outcome()).isEqualTo(Outcome.PASS);
	}

	@Test
	@DisplayName("spec §The ruling: unhidden on the business date itself → not active (only later is still active)")
	void unhiddenOnBusinessDate() {
		CaseBuilder c = CaseBuilder.approvedAndPassing();
		c.hide(MAIN, c.businessDate.atTime(9, 0));
		assertThat(c.rule().outcome()).isEqualTo(Outcome.PASS);
	}

	@Test
	@DisplayName("spec §The ruling: unhidden_at later than the business date → still active, HIDDEN")
	void unhiddenAfterBusinessDate() {
		CaseBuilder c = CaseBuilder.approvedAndPassing();
		c.hide(MAIN, LocalDateTime.of(2026, 8, 12, 0, 0));
		assertThat(c.rule().outcome()).isEqualTo(Outcome.HIDDEN);
	}

	@Test
	@DisplayName("spec §The ruling: a hide of another cycle year never counts")
	void hideOfAnotherCycleIgnored() {
		CaseBuilder c = CaseBuilder.approvedAndPassing();
		c.hide(MAIN, Cycle.regular(2025), null);
		assertThat(c.rule().outcome()).isEqualTo(Outcome.PASS);
	}

}
