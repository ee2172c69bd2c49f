package cn.dingkao.web.prediction;

import java.util.ArrayList;
import java.util.List;

import cn.dingkao.summary.ListWorkbook.ListColumn;

/** The columns and rows of an institution's 预计与下一步 workbook. */
final class RiskWorkbook {

	static final List<ListColumn> COLUMNS = List.of(ListColumn.code("证件号码"), ListColumn.text("姓名", 12),
			ListColumn.text("本院", 12), ListColumn.text("下一步", 8), ListColumn.text("办理人", 30),
			ListColumn.code("截止日期"), ListColumn.text("期限", 20), ListColumn.text("有风险", 6),
			ListColumn.text("预计结果", 10), ListColumn.text("原因", 40));

	private RiskWorkbook() {
	}

	static List<Object[]> rows(List<PredictionViews.Row> rows) {
		List<Object[]> cells = new ArrayList<>(rows.size());
		for (PredictionViews.Row r : rows) {
			cells.add(new Object[] { r.maskedCertNo(), r.row().name(),
					r.main() ? "主要执业机构" : "其他执业机构", r.next() == null ? "无" : r.next().label(),
					r.next() == null ? "" : r.next().who(), r.next() == null ? "" : r.next().deadline().toString(),
					r.next() == null ? "" : r.next().when(), r.atRisk() ? "是" : "否", r.outcome(),
					String.join("；", r.reasons()) });
		}
		return cells;
	}

}
