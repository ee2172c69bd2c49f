package cn.dingkao.reconcile;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import cn.dingkao.ruling.ApplicationRecord;
import cn.dingkao.ruling.ApplicationStatus;
import cn.dingkao.ruling.EvaluationRecord;
import cn.dingkao.ruling.ExamMode;
import cn.dingkao.ruling.ExamRecord;
import cn.dingkao.ruling.HideRecord;
import cn.dingkao.ruling.PhysicianCase;
import cn.dingkao.ruling.PhysicianRecord;
import cn.dingkao.ruling.Rating;

import org.springframework.stereotype.Component;

/**
 * Gathers, for a page of physicians, every cycle-Y row that concerns them (one query per input table for
 * the whole page) and turns the rows into the rule engine's records.
 */
@Component
class CaseAssembler {

	private final ReconcileMapper mapper;

	CaseAssembler(ReconcileMapper mapper) {
		this.mapper = mapper;
	}

	List<AssembledCase> assemble(int cycle, List<PhysicianRow> page) {
		if (page.isEmpty()) {
			return List.of();
		}
		List<String> certNos = page.stream().map(p -> p.certNo).toList();
		Map<String, ApplicationRow> applications = this.mapper.applications(cycle, certNos)
			.stream()
			.collect(Collectors.toMap(a -> a.certNo, Function.identity()));
		Map<String, List<EvaluationRow>> evaluations = group(this.mapper.evaluations(cycle, certNos), e -> e.certNo);
		Map<String, List<ExamRow>> exams = group(this.mapper.exams(cycle, certNos), x -> x.certNo);
		Map<String, List<HideRow>> hides = group(this.mapper.hides(cycle, certNos), h -> h.certNo);
		Map<String, List<ConflictRow>> conflicts = group(this.mapper.conflicts(cycle, certNos), c -> c.certNo);
		List<AssembledCase> cases = new ArrayList<>(page.size());
		for (PhysicianRow physician : page) {
			String certNo = physician.certNo;
			ApplicationRow application = applications.get(certNo);
			PhysicianCase physicianCase = new PhysicianCase(toRecord(physician),
					application == null ? null : toRecord(application),
					evaluations.getOrDefault(certNo, List.of()).stream().map(CaseAssembler::toRecord).toList(),
					exams.getOrDefault(certNo, List.of()).stream().map(CaseAssembler::toRecord).toList(),
					hides.getOrDefault(certNo, List.of()).stream().map(CaseAssembler::toRecord).toList(),
					conflictCodes(conflicts.getOrDefault(certNo, List.of())));
			cases.add(new AssembledCase(physician, application, physicianCase));
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

	private static Set<String> conflictCodes(List<ConflictRow> rows) {
		Set<String> codes = new HashSet<>();
		for (ConflictRow row : rows) {
			boolean perOrg = row.orgCode != null && !row.orgCode.isEmpty();
			codes.add(perOrg ? row.code + ":" + row.orgCode : row.code);
		}
		return codes;
	}

	static List<String> split(String joined) {
		if (joined == null || joined.isBlank()) {
			return List.of();
		}
		return Arrays.stream(joined.split("[;；]")).map(String::trim).filter(s -> !s.isEmpty()).toList();
	}

	private static boolean yes(String flag) {
		return "Y".equals(flag);
	}

	static PhysicianRecord toRecord(PhysicianRow p) {
		return new PhysicianRecord(p.id, p.certType, p.certNo, p.name, p.gender, p.birthDate, p.practiceCategory,
				split(p.practiceScopes), p.mainOrgCode, split(p.otherOrgCodes), p.title, p.titleDate, p.registeredOn);
	}

	static ApplicationRecord toRecord(ApplicationRow a) {
		return new ApplicationRecord(a.id, a.certNo, a.cycleYear, a.specialty, ApplicationStatus.valueOf(a.status),
				a.submittedAt, a.approvedAt, yes(a.simplified), a.simplifiedCategory, a.evidenceRef, a.evidenceDate,
				a.aidMonths, a.examOrgCode);
	}

	static EvaluationRecord toRecord(EvaluationRow e) {
		return new EvaluationRecord(e.id, e.certNo, e.orgCode, e.cycleYear, Rating.valueOf(e.ethics),
				Rating.valueOf(e.performance), e.evaluatedAt, yes(e.confirmed));
	}

	static ExamRecord toRecord(ExamRow x) {
		return new ExamRecord(x.id, x.certNo, x.cycleYear, x.attemptNo, ExamMode.valueOf(x.examMode), x.specialty,
				yes(x.passed), x.takenAt, x.examOrgCode);
	}

	static HideRecord toRecord(HideRow h) {
		return new HideRecord(h.id, h.certNo, h.orgCode, h.cycleYear, h.reason, h.hiddenAt, h.unhiddenAt);
	}

	/** A physician's case with the stored rows it came from (the results table copies some of their fields). */
	record AssembledCase(PhysicianRow physician, ApplicationRow application, PhysicianCase physicianCase) {
	}

}
