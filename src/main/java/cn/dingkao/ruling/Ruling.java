package cn.dingkao.ruling;

import java.util.Collections;
import java.util.List;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * The ruling on one physician for one cycle: outcome, item states, reasons (ASCII order), warnings, how each site was
 * assessed, which exam records counted, the rows behind it ({@link #lineage()}) and the rules applied
 * ({@link #trace()}, Chinese, one line per rule).
 */
public record Ruling(String certNo, Cycle cycle, Outcome outcome, ItemState ethics, ItemState performance,
		ItemState business, SortedSet<ReasonCode> reasons, List<Warning> warnings, List<SiteAssessment> sites,
		List<Long> countedExamIds, List<IgnoredExam> ignoredExams, Lineage lineage, boolean allSitesRated,
		boolean examPassed, ApplicationRecord application, List<String> trace) {

	public Ruling {
		TreeSet<ReasonCode> sorted = new TreeSet<>(ReasonCode.ASCII_ORDER);
		sorted.addAll(reasons);
		reasons = Collections.unmodifiableSortedSet(sorted);
		warnings = List.copyOf(warnings);
		sites = List.copyOf(sites);
		countedExamIds = List.copyOf(countedExamIds);
		ignoredExams = List.copyOf(ignoredExams);
		trace = List.copyOf(trace);
	}

	/** Spec §The ruling 5: the codes, each once, sorted in ASCII order, ';'-separated. */
	public String reasonsText() {
		if (reasons.isEmpty()) {
			return "";
		}
		StringBuilder text = new StringBuilder(32);
		for (ReasonCode reason : reasons) {
			if (!text.isEmpty()) {
				text.append(';');
			}
			text.append(reason.name());
		}
		return text.toString();
	}

	/** The explanation in Chinese that the {@code explain} command and the web print. */
	public String explain() {
		return ChineseExplanation.of(this);
	}

}
