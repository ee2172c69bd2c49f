package cn.dingkao.summary;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import cn.dingkao.ruling.Outcome;

import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * 汇总: the page a director reads. Page one holds the totals by outcome with their shares of 应考, the exception
 * counts and the bar chart of 合格率; the next page holds the ranking the chart draws (lowest rate first), so the
 * chart's numbers are cells of the sheet. In the city workbook the lines are districts; physicians whose main org
 * is unknown (未知) are counted in the totals but kept out of the ranking and the chart, and said so.
 */
final class SummarySheet {

	static final String NAME = "汇总";

	/** More bars than this are no longer readable on the page: the chart then shows the lowest rates. */
	static final int MAX_BARS = 40;

	/** Height left for the chart on page one (points), below the titles, totals and notes. */
	private static final float CHART_ROOM = 500;

	private static final float CHART_ROW = 15;

	private SummarySheet() {
	}

	/**
	 * @param lines institutions (district workbook) or districts (city), without 未知
	 * @param unknown the city's 未知 line, or null
	 */
	static void write(SXSSFWorkbook workbook, ReportStyles styles, ReportTitle title, Counts total, List<Counts> lines,
			Counts unknown, ExceptionCounts exceptions) {
		boolean city = title.area().isCity();
		String kind = city ? "区" : "机构";
		ReportSheet sheet = new ReportSheet(workbook, styles, title, NAME, 5);
		sheet.repeatTitleOnly();

		sheet.heading("一、考核结果");
		sheet.table(List.of(Column.text("项目", 34), Column.count("人数"), Column.rate("占应考")), false);
		sheet.row("名册人数", total.roster(), null);
		sheet.row(Outcome.HIDDEN.label() + "（不计入应考）", total.hidden(), null);
		sheet.row("应考", total.required(), share(total.required(), total));
		for (Outcome outcome : new Outcome[] { Outcome.PASS, Outcome.FAIL, Outcome.NOT_PARTICIPATED, Outcome.DEFERRED }) {
			sheet.row(outcome.label(), count(total, outcome), share(count(total, outcome), total));
		}
		sheet.total("合格率", new ReportSheet.Rate(total.passRate()), null);
		sheet.note("应考 = 名册人数 − 暂存；合格率 = 合格 ÷（应考 − 顺延再次考核）。", 1);
		sheet.note("数据异常 " + (exceptions.errors() + exceptions.warnings()) + " 条：错误 " + exceptions.errors()
				+ " 条（须更正的数据），警告 " + exceptions.warnings() + " 条；明细见“数据异常”表。"
				+ (unknown == null ? "" : "主要执业机构不在机构名单中（未知）的医师 " + unknown.roster()
						+ " 人，计入全市合计，不计入各区。"), unknown == null ? 1 : 2);

		List<Counts> ranked = new ArrayList<>(lines.stream().filter(line -> line.passRate() != null).toList());
		ranked.sort(Comparator.comparing(Counts::passRate).thenComparing(SummarySheet::name));
		int bars = Math.min(ranked.size(), MAX_BARS);
		String chartTitle = bars < ranked.size()
				? "合格率最低的 " + bars + " 个" + kind + "（共 " + ranked.size() + " 个）"
				: "各" + kind + "合格率（由低到高）";
		sheet.heading("二、" + chartTitle);
		int chartRows = bars == 0 ? 0 : (int) Math.ceil(Math.min(CHART_ROOM, 70 + bars * 14f) / CHART_ROW);
		int chartRow = sheet.skip(chartRows);
		if (bars == 0) {
			sheet.note("没有可计算合格率的" + kind + "。", 1);
		}
		sheet.pageBreak();

		sheet.heading("三、各" + kind + "合格率排序（由低到高，图表数据）");
		int headerRow = sheet.nextRow();
		sheet.table(List.of(Column.text(city ? "区" : "机构名称", 34), Column.count("应考"),
				Column.count(Outcome.DEFERRED.label()), Column.count(Outcome.PASS.label()), Column.rate("合格率")), false);
		int firstDataRow = sheet.nextRow();
		for (Counts line : ranked) {
			sheet.row(name(line), line.required(), line.deferred(), line.passed(), new ReportSheet.Rate(line.passRate()));
		}
		int unrated = lines.size() - ranked.size();
		if (unrated > 0) {
			sheet.note("另有 " + unrated + " 个" + kind + "无应考人员（或全部顺延），无合格率，未列入。", 1);
		}
		sheet.finish();

		if (bars > 0) {
			String[] names = new String[bars];
			Double[] rates = new Double[bars];
			for (int i = 0; i < bars; i++) {
				names[i] = name(ranked.get(i));
				rates[i] = ranked.get(i).passRate();
			}
			PassRateChart.draw(workbook, new PassRateChart.Placement(NAME, chartRow, chartRows, 5, headerRow,
					firstDataRow, 0, 4), chartTitle, names, rates);
		}
	}

	private static long count(Counts counts, Outcome outcome) {
		return switch (outcome) {
			case PASS -> counts.passed();
			case FAIL -> counts.failed();
			case NOT_PARTICIPATED -> counts.absent();
			case DEFERRED -> counts.deferred();
			case HIDDEN -> counts.hidden();
		};
	}

	private static ReportSheet.Rate share(long part, Counts total) {
		return new ReportSheet.Rate(total.required() == 0 ? null : (double) part / total.required());
	}

	static String name(Counts line) {
		return line.groupName() == null || line.groupName().isBlank() ? orEmpty(line.groupCode()) : line.groupName();
	}

	private static String orEmpty(String value) {
		return value == null ? "" : value;
	}

}
