package cn.dingkao.reconcile;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import cn.dingkao.ruling.ApplicationRecord;
import cn.dingkao.ruling.Cycle;
import cn.dingkao.ruling.PhysicianCase;
import cn.dingkao.ruling.PhysicianRecord;

import org.springframework.stereotype.Component;

/**
 * Gathers, for a page of physicians (consecutive in cert_no), every row of the cycle that concerns them into the
 * rule engine's cases: one range read per input table, {@code after < cert_no <= through}, straight into the
 * engine's records. Rows of cert_nos the page does not hold (not in the roster, or outside a re-assessment's
 * population) are read with the range and left aside: the set-based step reports them.
 */
@Component
class CaseAssembler {

	private final RangeReads reads;

	CaseAssembler(RangeReads reads) {
		this.reads = reads;
	}

	/** The cases of one physician (explain). */
	PhysicianCase assemble(Cycle cycle, PhysicianRecord physician) {
		return assemble(cycle, List.of(physician), KeyRange.only(physician.certNo())).get(0);
	}

	/**
	 * @param page physicians in cert_no order, all inside {@code range}
	 * @param range the cert_no range the page covers
	 */
	List<PhysicianCase> assemble(Cycle cycle, List<PhysicianRecord> page, KeyRange range) {
		if (page.isEmpty()) {
			return List.of();
		}
		Map<String, ApplicationRecord> applications = this.reads.applications(cycle, range)
			.stream()
			.collect(Collectors.toMap(ApplicationRecord::certNo, Function.identity()));
		var evaluations = group(this.reads.evaluations(cycle, range), e -> e.certNo());
		var exams = group(this.reads.exams(cycle, range), x -> x.certNo());
		var hides = group(this.reads.hides(cycle, range), h -> h.certNo());
		var conflicts = group(this.reads.conflicts(cycle, range), InputConflict::certNo);
		List<PhysicianCase> cases = new ArrayList<>(page.size());
		for (PhysicianRecord physician : page) {
			String certNo = physician.certNo();
			Set<String> conflictCodes = conflicts.getOrDefault(certNo, List.of())
				.stream()
				.map(InputConflict::caseCode)
				.collect(Collectors.toSet());
			cases.add(new PhysicianCase(physician, applications.get(certNo), evaluations.get(certNo),
					exams.get(certNo), hides.get(certNo), conflictCodes));
		}
		return cases;
	}

	private static <T> Map<String, List<T>> group(List<T> rows, Function<T, String> key) {
		Map<String, List<T>> grouped = new LinkedHashMap<>();
		for (T row : rows) {
			grouped.computeIfAbsent(key.apply(row), k -> new ArrayList<>()).add(row);
		}
		return grouped;
	}

}
