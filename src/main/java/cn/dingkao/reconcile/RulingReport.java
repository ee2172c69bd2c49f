package cn.dingkao.reconcile;

import java.io.PrintStream;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import cn.dingkao.cli.TextTable;
import cn.dingkao.ruling.Cycle;
import cn.dingkao.ruling.Outcome;

import org.springframework.stereotype.Component;

/** The terminal summary of a ruling: physicians by outcome per district, warnings by code per district. */
@Component
public class RulingReport {

	private final ReconcileMapper mapper;

	private final ResultStandings standings;

	RulingReport(ReconcileMapper mapper, ResultStandings standings) {
		this.mapper = mapper;
		this.standings = standings;
	}

	public void print(Cycle cycle, PrintStream out) {
		// issue 23: a ruling before CLOSE is a prediction, and the terminal says so above its numbers
		this.standings.of(cycle)
			.ifPresent(standing -> out.println(cycle.title() + standing.text() + " (" + standing.english() + ")"));
		Map<String, long[]> byDistrict = new TreeMap<>();
		Map<String, String> names = new TreeMap<>();
		for (Map<String, Object> row : this.mapper.outcomesByDistrict(cycle)) {
			String code = (String) row.get("district_code");
			names.put(code, (String) row.get("district_name"));
			byDistrict.computeIfAbsent(code, k -> new long[Outcome.values().length])[((Number) row.get("outcome_code"))
				.intValue()] += ((Number) row.get("n")).longValue();
		}
		TextTable outcomes = new TextTable("区县", "医师", Outcome.PASS.label(), Outcome.FAIL.label(),
				Outcome.NOT_PARTICIPATED.label(), Outcome.DEFERRED.label(), Outcome.HIDDEN.label());
		long[] total = new long[Outcome.values().length];
		byDistrict.forEach((code, counts) -> {
			outcomes.row(names.get(code), sum(counts), counts[1], counts[2], counts[3], counts[4], counts[0]);
			for (int i = 0; i < counts.length; i++) {
				total[i] += counts[i];
			}
		});
		outcomes.row("合计", sum(total), total[1], total[2], total[3], total[4], total[0]);
		outcomes.print(out);

		List<Map<String, Object>> warnings = this.mapper.warningsByDistrict(cycle);
		if (!warnings.isEmpty()) {
			out.println();
			TextTable table = new TextTable("警告 (warning)", "区县", "条数");
			for (Map<String, Object> row : warnings) {
				String code = (String) row.get("district_code");
				table.row(row.get("code"), names.getOrDefault(code, code.isEmpty() ? "未知" : code), row.get("n"));
			}
			table.print(out);
		}
	}

	private static long sum(long[] counts) {
		long sum = 0;
		for (long count : counts) {
			sum += count;
		}
		return sum;
	}

}
