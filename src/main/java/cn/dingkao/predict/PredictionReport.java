package cn.dingkao.predict;

import java.io.PrintStream;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;

import cn.dingkao.cli.TextTable;
import cn.dingkao.ruling.Cycle;
import cn.dingkao.ruling.CycleCalendar;
import cn.dingkao.ruling.Outcome;
import cn.dingkao.ruling.ResultStanding;
import cn.dingkao.ruling.Step;

import org.springframework.stereotype.Component;

/**
 * The terminal summary of a prediction: what it is (预计, data date), predicted outcomes per district, and per district
 * the physicians whose next step is each step, with how many of them are 有风险.
 */
@Component
class PredictionReport {

	private final PredictMapper mapper;

	PredictionReport(PredictMapper mapper) {
		this.mapper = mapper;
	}

	void print(CycleCalendar calendar, LocalDate day, int riskDays, PrintStream out) {
		Cycle cycle = calendar.cycle();
		ResultStanding standing = ResultStanding.of(calendar, day);
		out.println(cycle.title() + standing.text() + " (" + standing.english() + ")");
		out.println("若考核通道今天关闭的结果；有风险 = 下一步已逾期或 " + riskDays + " 天内到期，或预计已不合格"
				+ " (as if the channel closed today; at risk = next step overdue or due within " + riskDays
				+ " days, or predicted FAIL)");
		out.println();
		TextTable outcomes = new TextTable("区县", "医师", "预计" + Outcome.PASS.label(), "预计" + Outcome.FAIL.label(),
				"预计" + Outcome.NOT_PARTICIPATED.label(), "预计" + Outcome.DEFERRED.label(), Outcome.HIDDEN.label());
		Map<String, long[]> byDistrict = new LinkedHashMap<>();
		Map<String, String> names = new LinkedHashMap<>();
		for (PredictMapper.DistrictOutcome row : this.mapper.outcomesByDistrict(cycle)) {
			names.put(row.districtCode(), row.districtName());
			byDistrict.computeIfAbsent(row.districtCode(), k -> new long[Outcome.values().length])[row.outcomeCode()] +=
					row.physicians();
		}
		long[] total = new long[Outcome.values().length];
		byDistrict.forEach((code, n) -> {
			outcomes.row(names.get(code), sum(n), n[1], n[2], n[3], n[4], n[0]);
			for (int i = 0; i < n.length; i++) {
				total[i] += n[i];
			}
		});
		outcomes.row("合计", sum(total), total[1], total[2], total[3], total[4], total[0]);
		outcomes.print(out);
		out.println();

		Map<String, Map<Step, long[]>> steps = new LinkedHashMap<>();
		Map<String, long[]> risk = new LinkedHashMap<>();
		for (PredictMapper.DistrictStep row : this.mapper.countsByDistrict(cycle, day)) {
			names.putIfAbsent(row.districtCode(), row.districtName());
			long[] r = risk.computeIfAbsent(row.districtCode(), k -> new long[2]);
			r[0] += row.atRisk();
			r[1] += row.overdue();
			if (!"NONE".equals(row.step())) {
				steps.computeIfAbsent(row.districtCode(), k -> new EnumMap<>(Step.class))
					.put(Step.valueOf(row.step()), new long[] { row.physicians(), row.atRisk() });
			}
		}
		TextTable table = new TextTable(header());
		for (String code : risk.keySet()) {
			Object[] cells = new Object[Step.values().length + 3];
			cells[0] = names.get(code);
			int i = 1;
			for (Step step : Step.values()) {
				long[] n = steps.getOrDefault(code, Map.of()).get(step);
				cells[i++] = n == null ? "0" : n[0] + (n[1] > 0 ? "（险" + n[1] + "）" : "");
			}
			cells[i++] = risk.get(code)[0];
			cells[i] = risk.get(code)[1];
			table.row(cells);
		}
		table.print(out);
	}

	private static String[] header() {
		String[] header = new String[Step.values().length + 3];
		header[0] = "区县";
		int i = 1;
		for (Step step : Step.values()) {
			header[i++] = "待" + step.label();
		}
		header[i++] = "有风险";
		header[i] = "已逾期";
		return header;
	}

	private static long sum(long[] counts) {
		long sum = 0;
		for (long count : counts) {
			sum += count;
		}
		return sum;
	}

}
