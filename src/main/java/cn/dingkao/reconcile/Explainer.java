package cn.dingkao.reconcile;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import cn.dingkao.reconcile.CaseAssembler.AssembledCase;
import cn.dingkao.ruling.Lineage;
import cn.dingkao.ruling.Outcome;
import cn.dingkao.ruling.Ruling;

import org.springframework.stereotype.Component;

/**
 * Explains, in Chinese, a physician's result: the stored result (version, run, date), the ruling the
 * engine gives on the rows as they are now (each item at each site, the rows and rules behind it), and
 * where each of those rows came from (file and line, or the web). Used by {@code ./dingkao explain} and
 * the web layer.
 */
@Component
public class Explainer {

	private final ReconcileMapper mapper;

	private final CaseAssembler assembler;

	private final RulingSettings settings;

	Explainer(ReconcileMapper mapper, CaseAssembler assembler, RulingSettings settings) {
		this.mapper = mapper;
		this.assembler = assembler;
		this.settings = settings;
	}

	public Optional<String> explain(int cycle, String certNo, LocalDate businessDate) {
		List<PhysicianRow> physician = this.mapper.physician(certNo);
		if (physician.isEmpty()) {
			return Optional.empty();
		}
		AssembledCase assembled = this.assembler.assemble(cycle, physician).get(0);
		Ruling ruling = this.settings.engine()
			.rule(assembled.physicianCase(), this.settings.calendar(cycle, businessDate));
		StringBuilder text = new StringBuilder();
		Map<String, Object> stored = this.mapper.storedResult(cycle, certNo);
		if (stored == null) {
			text.append("结果表：尚无 ").append(cycle).append(" 年度的裁定（尚未运行裁定）\n");
		}
		else {
			Outcome outcome = Outcome.ofCode(((Number) stored.get("outcome_code")).intValue());
			text.append(String.format("结果表：%s（第 %s 版，裁定运行 #%s，%s），所属区：%s%n", outcome.label(),
					stored.get("version"), stored.get("run_id"), stored.get("decided_on"), stored.get("district_name")));
			if (!ruling.lineage().toText().equals(stored.get("lineage")) || ruling.outcome() != outcome
					|| !ruling.reasonsText().equals(stored.get("reasons"))) {
				text.append("注意：数据在上次裁定后有变化，下次运行将按下述结果更新。\n");
			}
		}
		text.append(String.format("按业务日期 %s 的当前数据：%n", businessDate));
		text.append(ruling.explain()).append('\n');
		text.append(sources(ruling.lineage()));
		return Optional.of(text.toString());
	}

	private String sources(Lineage lineage) {
		StringBuilder text = new StringBuilder("依据的数据行：\n");
		if (lineage.applicationId() != null) {
			describe(text, "application", "考核申请", List.of(lineage.applicationId()));
		}
		describe(text, "evaluation", "机构评价", lineage.evaluationIds());
		describe(text, "exam_attempt", "业务水平测评", lineage.examIds());
		describe(text, "physician_hide", "暂存", lineage.hideIds());
		return text.toString();
	}

	private void describe(StringBuilder text, String table, String label, List<Long> ids) {
		if (ids.isEmpty()) {
			return;
		}
		for (Map<String, Object> row : this.mapper.sources(table, ids)) {
			Object file = row.get("file_name");
			String origin = "WEB".equals(row.get("source")) ? "网上填报" : (file + " 第 " + row.get("line_no") + " 行");
			text.append(String.format("  %s #%s：%s%n", label, row.get("id"), origin));
		}
	}

}
