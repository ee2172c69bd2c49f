package cn.dingkao.reconcile;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.ToLongFunction;

import cn.dingkao.receipt.RegistryAnswers;
import cn.dingkao.ruling.Cycle;
import cn.dingkao.ruling.Lineage;
import cn.dingkao.ruling.Origin;
import cn.dingkao.ruling.Outcome;
import cn.dingkao.ruling.PhysicianCase;
import cn.dingkao.ruling.PhysicianRecord;
import cn.dingkao.ruling.Ruling;
import cn.dingkao.system.CycleCalendars;

import org.springframework.stereotype.Component;

/**
 * Explains, in Chinese, a physician's result: the stored result (version, run, date), the ruling the engine gives
 * on the rows as they are now (each item at each site, the rows and rules behind it), and where each of those
 * rows came from (file and line, or the web), and what the registration system answered to its delivery. Used by
 * {@code ./dingkao explain}.
 */
@Component
public class Explainer {

	private final ReconcileMapper mapper;

	private final RangeReads reads;

	private final CaseAssembler assembler;

	private final ReferenceData referenceData;

	private final CycleCalendars calendars;

	private final ResultStandings standings;

	private final RegistryAnswers registry;

	Explainer(ReconcileMapper mapper, RangeReads reads, CaseAssembler assembler, ReferenceData referenceData,
			CycleCalendars calendars, ResultStandings standings, RegistryAnswers registry) {
		this.mapper = mapper;
		this.reads = reads;
		this.assembler = assembler;
		this.referenceData = referenceData;
		this.calendars = calendars;
		this.standings = standings;
		this.registry = registry;
	}

	/** The physician's ruling on the rows as they are now; empty when the cert number is not in the roster. */
	public Optional<Ruling> rule(Cycle cycle, String certNo, LocalDate businessDate) {
		return physicianCase(cycle, certNo)
			.map(c -> this.referenceData.engine().rule(c, this.calendars.of(cycle), businessDate));
	}

	public Optional<String> explain(Cycle cycle, String certNo, LocalDate businessDate) {
		Optional<PhysicianCase> found = physicianCase(cycle, certNo);
		if (found.isEmpty()) {
			return Optional.empty();
		}
		if (cycle.reassessment()) {
			Optional<String> notDue = outsidePopulation(cycle, certNo);
			if (notDue.isPresent()) {
				return notDue;
			}
		}
		PhysicianCase physicianCase = found.get();
		Ruling ruling = this.referenceData.engine().rule(physicianCase, this.calendars.of(cycle), businessDate);
		StringBuilder text = new StringBuilder();
		Map<String, Object> stored = this.mapper.storedResult(cycle, certNo);
		if (stored == null) {
			text.append("结果表：尚无").append(cycle.title()).append("的裁定（尚未运行裁定）\n");
		}
		else {
			Outcome outcome = Outcome.ofStored(((Number) stored.get("outcome_code")).intValue());
			text.append(String.format("结果表：%s（第 %s 版，裁定运行 #%s，%s），所属区：%s%n", outcome.label(),
					stored.get("version"), stored.get("run_id"), stored.get("decided_on"), stored.get("district_name")));
			// issue 23: a result ruled before CLOSE is a prediction; the date is that of the latest run
			this.standings.of(cycle).ifPresent(standing -> text.append("结果性质：").append(standing.text()).append('\n'));
			if (!ruling.lineage().toText().equals(stored.get("lineage")) || ruling.outcome() != outcome
					|| !ruling.reasonsText().equals(stored.get("reasons"))) {
				text.append("注意：数据在上次裁定后有变化，下次运行将按下述结果更新。\n");
			}
		}
		text.append(String.format("按业务日期 %s 的当前数据：%n", businessDate));
		text.append(ruling.explain()).append('\n');
		text.append(sources(ruling.lineage(), physicianCase));
		this.registry.explain(cycle, certNo).forEach(line -> text.append(line).append('\n'));
		return Optional.of(text.toString());
	}

	/**
	 * Spec "The re-assessment": only physicians whose current base-cycle result is FAIL or DEFERRED are ruled in it;
	 * for anyone else the engine's ruling would be a result nobody gave, so the text says why there is none.
	 */
	private Optional<String> outsidePopulation(Cycle cycle, String certNo) {
		Map<String, Object> base = this.mapper.storedResult(cycle.base(), certNo);
		if (base == null) {
			return Optional.of(cycle.base().title() + "尚无该医师的裁定结果，" + cycle.title() + "的范围尚未确定：请先运行 " + cycle.base()
					+ " 年度的裁定 (no result of cycle " + cycle.base() + " yet, so it is not known whether " + certNo
					+ " is re-assessed in " + cycle + ")\n");
		}
		Outcome outcome = Outcome.ofStored(((Number) base.get("outcome_code")).intValue());
		if (Population.REASSESSED.contains(outcome)) {
			return Optional.empty();
		}
		return Optional.of(String.format("该医师%s的结果为%s，不在%s范围内（只有不合格和顺延再次考核的医师参加）；其%s的记录不予裁定"
				+ "（NOT_DUE_FOR_REASSESSMENT） (not due for re-assessment: %s in cycle %s; only FAIL or DEFERRED"
				+ " physicians are ruled in %s)%n", cycle.base().title(), outcome.label(), cycle.title(), cycle.title(),
				outcome, cycle.base(), cycle));
	}

	private Optional<PhysicianCase> physicianCase(Cycle cycle, String certNo) {
		List<PhysicianRecord> physician = this.reads.physician(certNo);
		return physician.isEmpty() ? Optional.empty() : Optional.of(this.assembler.assemble(cycle, physician.get(0)));
	}

	private static String sources(Lineage lineage, PhysicianCase c) {
		StringBuilder text = new StringBuilder("依据的数据行：\n");
		text.append(String.format("  应考医师名单：%s%n", c.physician().origin().text()));
		if (lineage.applicationId() != null && c.application() != null) {
			text.append(String.format("  考核申请 #%s：%s%n", c.application().id(), c.application().origin().text()));
		}
		describe(text, "机构评价", lineage.evaluationIds(), c.evaluations(), e -> e.id(), e -> e.origin());
		describe(text, "业务水平测评", lineage.examIds(), c.exams(), x -> x.id(), x -> x.origin());
		describe(text, "暂存", lineage.hideIds(), c.hides(), h -> h.id(), h -> h.origin());
		return text.toString();
	}

	private static <T> void describe(StringBuilder text, String label, List<Long> ids, List<T> rows,
			ToLongFunction<T> id, Function<T, Origin> origin) {
		for (T row : rows) {
			if (ids.contains(id.applyAsLong(row))) {
				text.append(String.format("  %s #%s：%s%n", label, id.applyAsLong(row), origin.apply(row).text()));
			}
		}
	}

}
