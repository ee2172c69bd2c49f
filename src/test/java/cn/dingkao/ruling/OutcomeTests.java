package cn.dingkao.ruling;

import static cn.dingkao.ruling.CaseBuilder.MAIN;
import static cn.dingkao.ruling.CaseBuilder.OTHER;
import static cn.dingkao.ruling.CaseBuilder.at;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("spec §The ruling 5: outcome, reasons, lineage, explanation")
class OutcomeTests {

	@Test
	@DisplayName("spec §5, plan §四(一): all three items PASS → PASS (1) 合格, no reasons, lineage names every deciding row")
	void pass() {
		CaseBuilder c = CaseBuilder.approvedAndPassing();
		Ruling ruling = c.rule();
		assertThat(ruling.outcome()).isEqualTo(Outcome.PASS);
		assertThat(ruling.outcome().code()).isEqualTo(1);
		assertThat(ruling.outcome().label()).isEqualTo("合格");
		assertThat(ruling.reasons()).isEmpty();
		assertThat(ruling.warnings()).isEmpty();
		assertThat(ruling.allSitesRated()).isTrue();
		assertThat(ruling.examPassed()).isTrue();
		assertThat(ruling.lineage().toText()).isEqualTo("application:" + c.application.id() + ";evaluation:"
				+ c.evaluations.get(0).id() + ";exam_attempt:" + c.exams.get(0).id());
	}

	@Test
	@DisplayName("spec §5, plan §四(三)1: a MISSING item and no FAIL → NOT_PARTICIPATED (3)")
	void notParticipated() {
		CaseBuilder c = CaseBuilder.approvedAndPassing();
		c.exams.clear();
		assertThat(c.rule().outcome()).isEqualTo(Outcome.NOT_PARTICIPATED);
	}

	@Test
	@DisplayName("spec §5: reasons each once, sorted by code in ASCII order, ';'-separated")
	void reasonsSortedAscii() {
		CaseBuilder c = CaseBuilder.approvedAndPassing().otherOrg(OTHER).simplified(2, null, null, null);
		c.evaluations.clear();
		c.exams.clear();
		c.evaluation(MAIN, Rating.PASS, Rating.FAIL, at(6, 20), true);
		c.evaluation(OTHER, Rating.FAIL, Rating.FAIL, at(6, 20), true);
		c.exam(1, ExamMode.ONLINE, false, at(7, 20));
		c.otherOrg("ORG_THIRD");
		Ruling ruling = c.rule();
		assertThat(ruling.reasonsText())
			.isEqualTo("ETHICS_FAIL;EVALUATION_MISSING;EXAM_FAIL;PERFORMANCE_FAIL;SIMPLIFIED_INELIGIBLE");
		assertThat(ruling.reasons()).extracting(ReasonCode::name).isSorted();
		assertThat(ruling.outcome()).isEqualTo(Outcome.FAIL);
	}

	@Test
	@DisplayName("vocabulary: every stored code reads back to its constant; a code this version does not know shows as itself")
	void storedCodesReadBack() {
		assertThat(EnumSet.allOf(ReasonCode.class)).allSatisfy(reason -> {
			assertThat(ReasonCode.fromCode(reason.name())).contains(reason);
			assertThat(ReasonCode.labelOf(reason.name())).isEqualTo(reason.label()).matches(".*\\p{IsHan}.*");
		});
		assertThat(EnumSet.allOf(WarningCode.class)).allSatisfy(warning -> {
			assertThat(WarningCode.fromCode(warning.name())).contains(warning);
			assertThat(WarningCode.labelOf(warning.name())).isEqualTo(warning.label()).matches(".*\\p{IsHan}.*");
		});
		assertThat(EnumSet.allOf(Outcome.class)).allSatisfy(outcome -> {
			assertThat(Outcome.fromCode(outcome.code())).contains(outcome);
			assertThat(outcome.label()).matches(".*\\p{IsHan}.*");
		});
		assertThat(ReasonCode.fromCode("exam_fail")).as("codes are read exactly as stored").isEmpty();
		assertThat(ReasonCode.fromCode(null)).isEmpty();
		assertThat(ReasonCode.labelOf("RETIRED_CODE")).isEqualTo("RETIRED_CODE");
		assertThat(Outcome.fromCode(5)).isEmpty();
	}

	@Test
	@DisplayName("spec §Registry feed: outcome codes 1–4 for the ruled outcomes, 0 for HIDDEN (never delivered as such)")
	void outcomeCodes() {
		assertThat(Outcome.ruled()).extracting(Outcome::code).containsExactly(1, 2, 3, 4);
		assertThat(Outcome.HIDDEN.code()).isZero();
		assertThat(Outcome.HIDDEN.feedLabel()).isEqualTo("撤销");
		assertThat(Outcome.ruled()).allSatisfy(outcome -> assertThat(outcome.feedLabel()).isEqualTo(outcome.label()));
	}

	@Test
	@DisplayName("spec §The ruling: the same case ruled twice gives an equal ruling (reruns change nothing)")
	void deterministic() {
		CaseBuilder c = CaseBuilder.approvedAndPassing().otherOrg(OTHER);
		c.exam(2, ExamMode.ONLINE, false, at(7, 1));
		assertThat(c.rule()).isEqualTo(c.rule());
	}

	@Test
	@DisplayName("explain: the Chinese explanation names the result, each site's items, reasons, warnings, rules and rows")
	void explanation() {
		CaseBuilder c = CaseBuilder.approvedAndPassing().otherOrg(OTHER);
		c.evaluation(OTHER, Rating.FAIL, Rating.PASS, at(6, 22), true);
		c.exam(4, ExamMode.ONLINE, true, at(7, 20));
		String text = c.rule().explain();
		assertThat(text).contains("定期考核结果：不合格", MAIN + "（主要执业机构）：职业道德合格",
				OTHER + "（其他执业机构）：职业道德不合格", "ETHICS_FAIL 职业道德考核不合格", "EXAM_ATTEMPT_LIMIT",
				"规则5", "规则3", "网上考核第4次", "状态：审核通过", "依据的数据：application:");
	}

}
