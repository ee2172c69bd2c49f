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
 * Gathers, for a page of physicians, every row of the cycle that concerns them (one query per input table for
 * the whole page) into the rule engine's cases. The mapper reads straight into the engine's records.
 */
@Component
class CaseAssembler {

	private final ReconcileMapper mapper;

	CaseAssembler(ReconcileMapper mapper) {
		this.mapper = mapper;
	}

	List<PhysicianCase> assemble(Cycle cycle, List<PhysicianRecord> page) {
		if (page.isEmpty()) {
			return List.of();
		}
		List<String> certNos = page.stream().map(PhysicianRecord::certNo).toList();
		Map<String, ApplicationRecord> applications = this.mapper.applications(cycle, certNos)
			.stream()
			.collect(Collectors.toMap(ApplicationRecord::certNo, Function.identity()));
		var evaluations = group(this.mapper.evaluations(cycle, certNos), e -> e.certNo());
		var exams = group(this.mapper.exams(cycle, certNos), x -> x.certNo());
		var hides = group(this.mapper.hides(cycle, certNos), h -> h.certNo());
		var conflicts = group(this.mapper.conflicts(cycle, certNos), InputConflict::certNo);
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
