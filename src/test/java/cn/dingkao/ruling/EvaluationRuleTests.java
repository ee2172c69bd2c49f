package cn.dingkao.ruling;

import static cn.dingkao.ruling.CaseBuilder.MAIN;
import static cn.dingkao.ruling.CaseBuilder.OTHER;
import static cn.dingkao.ruling.CaseBuilder.at;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("spec §The ruling 3: ethics and performance per site (plan §二(四))")
class EvaluationRuleTests {

	@Test
	@DisplayName("spec §3: every site rated PASS, confirmed, before CLOSE → both items PASS, all sites rated")
	void allSitesPass() {
		CaseBuilder c = CaseBuilder.approvedAndPassing().otherOrg(OTHER);
		long other = c.evaluation(OTHER, Rating.PASS, Rating.PASS, at(6, 22), true);
		Ruling ruling = c.rule();
		assertThat(ruling.outcome()).isEqualTo(Outcome.PASS);
		assertThat(ruling.allSitesRated()).isTrue();
		assertThat(ruling.sites()).extracting(SiteAssessment::evaluationId).contains(other);
		assertThat(ruling.lineage().evaluationIds()).hasSize(2).contains(other);
	}

	@Test
	@DisplayName("spec §3: an unconfirmed rating does not count → warning EVALUATION_UNCONFIRMED, reason EVALUATION_MISSING")
	void unconfirmed() {
		CaseBuilder c = CaseBuilder.approvedAndPassing();
		c.evaluations.clear();
		long id = c.evaluation(MAIN, Rating.PASS, Rating.PASS, at(6, 20), false);
		Ruling ruling = c.rule();
		assertThat(ruling.outcome()).isEqualTo(Outcome.NOT_PARTICIPATED);
		assertThat(ruling.reasons()).containsExactly(ReasonCode.EVALUATION_MISSING);
		assertThat(ruling.ethics()).isEqualTo(ItemState.MISSING);
		assertThat(ruling.warnings()).filteredOn(w -> w.code() == WarningCode.EVALUATION_UNCONFIRMED)
			.singleElement()
			.satisfies(w -> {
				assertThat(w.orgCode()).isEqualTo(MAIN);
				// spec "What the pipeline produces": a detail cites the input file and line, not an internal id
				assertThat(w.detail()).contains("evaluations.csv 第 " + id + " 行").doesNotContain("evaluation:");
			});
	}

	@Test
	@DisplayName("spec §3: a rating made after CLOSE does not count → warning EVALUATION_AFTER_CLOSE")
	void afterClose() {
		CaseBuilder c = CaseBuilder.approvedAndPassing();
		c.evaluations.clear();
		c.evaluation(MAIN, Rating.PASS, Rating.PASS, at(8, 11), true);
		Ruling ruling = c.rule();
		assertThat(ruling.reasons()).containsExactly(ReasonCode.EVALUATION_MISSING);
		assertThat(ruling.warnings()).extracting(Warning::code).contains(WarningCode.EVALUATION_AFTER_CLOSE);
	}

	@Test
	@DisplayName("spec §The ruling: a rating on the CLOSE day itself (23:59) still counts")
	void onCloseDay() {
		CaseBuilder c = CaseBuilder.approvedAndPassing();
		c.evaluations.clear();
		c.evaluation(MAIN, Rating.PASS, Rating.PASS, LocalDateTime.of(2026, 8, 10, 23, 59, 59), true);
		Ruling ruling = c.rule();
		assertThat(ruling.ethics()).isEqualTo(ItemState.PASS);
		assertThat(ruling.warnings()).extracting(Warning::code).doesNotContain(WarningCode.EVALUATION_AFTER_CLOSE);
	}

	@Test
	@DisplayName("spec §3: a rating from an org that is not a site does not count → EVALUATION_FOREIGN_SITE")
	void foreignSite() {
		CaseBuilder c = CaseBuilder.approvedAndPassing();
		c.evaluation("ORG_ELSEWHERE", Rating.FAIL, Rating.FAIL, at(6, 21), true);
		Ruling ruling = c.rule();
		assertThat(ruling.outcome()).isEqualTo(Outcome.PASS);
		assertThat(ruling.warnings()).filteredOn(w -> w.code() == WarningCode.EVALUATION_FOREIGN_SITE)
			.singleElement()
			.satisfies(w -> assertThat(w.orgCode()).isEqualTo("ORG_ELSEWHERE"));
	}

	@Test
	@DisplayName("spec §3: EVALUATION_MISSING once, however many sites are missing")
	void missingOnce() {
		CaseBuilder c = CaseBuilder.approvedAndPassing().otherOrg(OTHER).otherOrg("ORG_THIRD");
		Ruling ruling = c.rule();
		assertThat(ruling.reasonsText()).isEqualTo("EVALUATION_MISSING");
		assertThat(ruling.sites()).filteredOn(s -> !s.rated()).hasSize(2);
		assertThat(ruling.allSitesRated()).isFalse();
	}

	@Test
	@DisplayName("spec §3: ethics FAIL at a secondary site → ETHICS_FAIL, outcome FAIL (2)")
	void ethicsFailAtSecondarySite() {
		CaseBuilder c = CaseBuilder.approvedAndPassing().otherOrg(OTHER);
		c.evaluation(OTHER, Rating.FAIL, Rating.PASS, at(6, 22), true);
		Ruling ruling = c.rule();
		assertThat(ruling.outcome()).isEqualTo(Outcome.FAIL);
		assertThat(ruling.ethics()).isEqualTo(ItemState.FAIL);
		assertThat(ruling.performance()).isEqualTo(ItemState.PASS);
		assertThat(ruling.reasons()).containsExactly(ReasonCode.ETHICS_FAIL);
	}

	@Test
	@DisplayName("spec §3: performance FAIL → PERFORMANCE_FAIL, outcome FAIL")
	void performanceFail() {
		CaseBuilder c = CaseBuilder.approvedAndPassing();
		c.evaluations.clear();
		c.evaluation(MAIN, Rating.PASS, Rating.FAIL, at(6, 20), true);
		Ruling ruling = c.rule();
		assertThat(ruling.outcome()).isEqualTo(Outcome.FAIL);
		assertThat(ruling.reasons()).containsExactly(ReasonCode.PERFORMANCE_FAIL);
	}

	@Test
	@DisplayName("spec §Repeated keys: a tie resolved by the import to the worse rating — that FAIL fails the item")
	void tieResolvedToFailFailsTheItem() {
		CaseBuilder c = CaseBuilder.approvedAndPassing();
		c.evaluations.clear();
		c.evaluation(MAIN, Rating.FAIL, Rating.PASS, at(6, 20), true);
		c.conflicts.add(PhysicianCase.EVALUATION_CONFLICT_PREFIX + MAIN);
		Ruling ruling = c.rule();
		assertThat(ruling.ethics()).isEqualTo(ItemState.FAIL);
		assertThat(ruling.outcome()).isEqualTo(Outcome.FAIL);
		assertThat(ruling.warnings()).filteredOn(w -> w.code() == WarningCode.EVALUATION_CONFLICT)
			.singleElement()
			.satisfies(w -> assertThat(w.orgCode()).isEqualTo(MAIN));
	}

	@Test
	@DisplayName("spec §3 item state: FAIL at one site with another site missing → item FAIL (FAIL > MISSING > PASS)")
	void failBeatsMissingPerItem() {
		CaseBuilder c = CaseBuilder.approvedAndPassing().otherOrg(OTHER).otherOrg("ORG_THIRD");
		c.evaluations.clear();
		c.evaluation(MAIN, Rating.PASS, Rating.PASS, at(6, 20), true);
		c.evaluation(OTHER, Rating.FAIL, Rating.PASS, at(6, 20), true);
		Ruling ruling = c.rule();
		assertThat(ruling.ethics()).isEqualTo(ItemState.FAIL);
		assertThat(ruling.performance()).isEqualTo(ItemState.MISSING);
		assertThat(ruling.reasonsText()).isEqualTo("ETHICS_FAIL;EVALUATION_MISSING");
	}

	@Test
	@DisplayName("spec §5, plan §四(二): FAIL together with a missing item → FAIL wins")
	void failWinsOverMissing() {
		CaseBuilder c = CaseBuilder.approvedAndPassing();
		c.evaluations.clear();
		c.exams.clear();
		c.evaluation(MAIN, Rating.PASS, Rating.FAIL, at(6, 20), true);
		Ruling ruling = c.rule();
		assertThat(ruling.business()).isEqualTo(ItemState.MISSING);
		assertThat(ruling.outcome()).isEqualTo(Outcome.FAIL);
		assertThat(ruling.reasonsText()).isEqualTo("EXAM_MISSING;PERFORMANCE_FAIL");
	}

	@Test
	@DisplayName("spec §The ruling: an evaluation of another cycle year never counts")
	void evaluationOfAnotherCycle() {
		CaseBuilder c = CaseBuilder.approvedAndPassing();
		c.evaluations.clear();
		c.evaluation(MAIN, Cycle.regular(2025), Rating.PASS, Rating.PASS, at(6, 20), true);
		Ruling ruling = c.rule();
		assertThat(ruling.reasons()).containsExactly(ReasonCode.EVALUATION_MISSING);
		assertThat(ruling.warnings()).extracting(Warning::code).doesNotContain(WarningCode.EVALUATION_FOREIGN_SITE);
	}

}
