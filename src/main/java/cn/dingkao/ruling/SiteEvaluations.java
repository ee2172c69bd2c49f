package cn.dingkao.ruling;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Spec §The ruling 3: ethics and performance, rated by every site (plan §二(四)). */
final class SiteEvaluations {

	record Result(List<SiteAssessment> sites, ItemState ethics, ItemState performance, boolean allSitesRated,
			List<Long> evaluationIds, LocalDateTime lastCountedAt) {
	}

	private static final Comparator<EvaluationRecord> LATEST_FIRST = Comparator
		.comparing(EvaluationRecord::evaluatedAt, Comparator.nullsFirst(Comparator.naturalOrder()))
		.thenComparing(EvaluationRecord::id)
		.reversed();

	private SiteEvaluations() {
	}

	/**
	 * @param orgs main org first, then the other orgs (deduplicated)
	 * @param hidden the orgs where the physician is actively hidden: not sites (manual §6)
	 * @param evaluations the physician's cycle-Y evaluations
	 */
	static Result assess(List<String> orgs, Map<String, HideRecord> hidden, List<EvaluationRecord> evaluations,
			CycleCalendar calendar, Findings findings) {
		Set<String> sites = new HashSet<>();
		for (String org : orgs) {
			if (!hidden.containsKey(org)) {
				sites.add(org);
			}
		}
		List<EvaluationRecord> counted = new ArrayList<>();
		// sites whose rating arrived in time but unconfirmed: what they still owe is a confirmation
		Set<String> awaitingConfirmation = new HashSet<>();
		for (EvaluationRecord evaluation : evaluations) {
			String org = Rows.trim(evaluation.orgCode());
			if (!sites.contains(org)) {
				// spec §The ruling 3: evaluations from an org that is not a site do not count
				findings.warn(WarningCode.EVALUATION_FOREIGN_SITE, org, Rows.evaluation(evaluation)
						+ (hidden.containsKey(org) ? "：该机构已暂存该医师，不是执业机构，评价不计入" : "：机构不是该医师的执业机构，评价不计入"));
				continue;
			}
			boolean counts = true;
			if (!evaluation.confirmed()) {
				// spec §The ruling 3: only a confirmed rating counts (考核结果确认)
				findings.warn(WarningCode.EVALUATION_UNCONFIRMED, org, Rows.evaluation(evaluation) + "未确认，不计入");
				counts = false;
			}
			if (calendar.isAfterClose(evaluation.evaluatedAt())) {
				// spec §The ruling 3: nothing may change after CLOSE (附件1 考核通道关闭)
				findings.warn(WarningCode.EVALUATION_AFTER_CLOSE, org,
						Rows.evaluation(evaluation) + "晚于考核通道关闭日" + calendar.close() + "，不计入");
				counts = false;
			}
			if (counts) {
				counted.add(evaluation);
			}
			else if (!evaluation.confirmed() && !calendar.isAfterClose(evaluation.evaluatedAt())) {
				awaitingConfirmation.add(org);
			}
		}

		List<SiteAssessment> assessments = new ArrayList<>();
		List<Long> usedIds = new ArrayList<>();
		ItemState ethics = ItemState.PASS;
		ItemState performance = ItemState.PASS;
		boolean allRated = true;
		LocalDateTime lastCountedAt = null;
		for (String org : orgs) {
			boolean main = org.equals(orgs.get(0));
			if (hidden.containsKey(org)) {
				assessments.add(new SiteAssessment(org, main, true, null, ItemState.MISSING, ItemState.MISSING, false,
						"已暂存，不是执业机构：" + Rows.hide(hidden.get(org))));
				continue;
			}
			EvaluationRecord used = latest(counted, org);
			if (used == null) {
				allRated = false;
				ethics = ethics.worse(ItemState.MISSING);
				performance = performance.worse(ItemState.MISSING);
				boolean unconfirmed = awaitingConfirmation.contains(org);
				assessments.add(new SiteAssessment(org, main, false, null, ItemState.MISSING, ItemState.MISSING,
						unconfirmed, unconfirmed ? "已评价但未确认，不计入" : "无计入的评价"));
				continue;
			}
			ItemState siteEthics = state(used.ethics());
			ItemState sitePerformance = state(used.performance());
			ethics = ethics.worse(siteEthics);
			performance = performance.worse(sitePerformance);
			usedIds.add(used.id());
			if (used.evaluatedAt() != null && (lastCountedAt == null || used.evaluatedAt().isAfter(lastCountedAt))) {
				lastCountedAt = used.evaluatedAt();
			}
			assessments.add(new SiteAssessment(org, main, false, used.id(), siteEthics, sitePerformance, false,
					"计入" + Rows.evaluation(used)));
		}

		if (!allRated) {
			// spec §The ruling 3: EVALUATION_MISSING once, however many sites are missing
			findings.reason(ReasonCode.EVALUATION_MISSING);
		}
		if (ethics == ItemState.FAIL) {
			findings.reason(ReasonCode.ETHICS_FAIL);
		}
		if (performance == ItemState.FAIL) {
			findings.reason(ReasonCode.PERFORMANCE_FAIL);
		}
		findings.trace("规则3（规范§3，方案§二(四)各执业机构均须评价）：职业道德" + ethics.label() + "，工作成绩"
				+ performance.label() + (allRated ? "，所有执业机构均已评价" : "，有执业机构无计入的评价"));
		return new Result(assessments, ethics, performance, allRated, usedIds, lastCountedAt);
	}

	/**
	 * The org's counted evaluation that {@link #LATEST_FIRST} puts first (the earliest listed among equals, as a
	 * stable sort would). A loop, not a sorted stream: the ruling runs it for every site of every physician, and the
	 * stream made this method the costliest one for the JIT to compile (1.4 s of C2 time in a first night).
	 */
	private static EvaluationRecord latest(List<EvaluationRecord> counted, String org) {
		EvaluationRecord latest = null;
		for (EvaluationRecord evaluation : counted) {
			if (org.equals(Rows.trim(evaluation.orgCode()))
					&& (latest == null || LATEST_FIRST.compare(evaluation, latest) < 0)) {
				latest = evaluation;
			}
		}
		return latest;
	}

	private static ItemState state(Rating rating) {
		if (rating == null) {
			return ItemState.MISSING;
		}
		return rating == Rating.PASS ? ItemState.PASS : ItemState.FAIL;
	}

}
