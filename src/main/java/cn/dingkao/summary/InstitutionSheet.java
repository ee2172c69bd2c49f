package cn.dingkao.summary;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import cn.dingkao.ruling.Outcome;

import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * 机构明细: one line per institution, each physician counted once at their main org (spec "District summary
 * workbooks"). The city's lists institutions under their district, with a subtotal per district, the total of
 * the districts, then the institutions that are not in the institution list (未知) apart, and the city's total.
 */
final class InstitutionSheet {

	static final String NAME = "机构明细";

	private InstitutionSheet() {
	}

	static void write(SXSSFWorkbook workbook, ReportStyles styles, ReportTitle title, List<Counts> institutions,
			Counts total) {
		boolean city = title.area().isCity();
		List<Column> columns = new ArrayList<>();
		if (city) {
			columns.add(Column.text("区", 8));
		}
		columns.add(Column.code("机构代码"));
		columns.add(Column.text("机构名称", 36));
		for (String header : new String[] { "应考", "已报名", "审核通过", "各执业点均已评价", "测评通过", Outcome.PASS.label(),
				Outcome.FAIL.label(), Outcome.NOT_PARTICIPATED.label(), Outcome.DEFERRED.label(),
				Outcome.HIDDEN.label() }) {
			columns.add(Column.count(header));
		}
		columns.add(Column.rate("合格率"));
		ReportSheet sheet = new ReportSheet(workbook, styles, title, NAME, columns.size());
		// sorting or filtering would tear the subtotals from their districts: the city's sheet has no filter
		sheet.table(columns, !city);
		if (!city) {
			for (Counts line : institutions) {
				sheet.row(values(null, line.groupCode(), line.groupName(), line));
			}
			sheet.total(values(null, "合计", institutions.size() + " 个机构", total));
			sheet.finish();
			return;
		}
		Map<String, List<Counts>> byDistrict = new LinkedHashMap<>();
		List<Counts> unknown = new ArrayList<>();
		for (Counts line : institutions) {
			if (line.districtCode() == null) {
				unknown.add(line);
			}
			else {
				byDistrict.computeIfAbsent(line.districtCode(), code -> new ArrayList<>()).add(line);
			}
		}
		List<Counts> known = new ArrayList<>();
		for (List<Counts> district : byDistrict.values()) {
			String name = district.get(0).districtName();
			for (Counts line : district) {
				sheet.row(values(name, line.groupCode(), line.groupName(), line));
			}
			sheet.subtotal(values(name, "小计", district.size() + " 个机构", Counts.sum(null, name, district)));
			known.addAll(district);
		}
		sheet.total(values("各区合计", "", byDistrict.size() + " 个区，" + known.size() + " 个机构",
				Counts.sum(null, null, known)));
		if (!unknown.isEmpty()) {
			sheet.heading("主要执业机构不在机构名单中（未知，不属于任何区）");
			sheet.table(columns, false);
			for (Counts line : unknown) {
				sheet.row(values("未知", line.groupCode(), Objects.requireNonNullElse(line.groupName(), "（不在机构名单中）"),
						line));
			}
			sheet.subtotal(values("未知", "小计", unknown.size() + " 个机构代码", Counts.sum(null, null, unknown)));
		}
		sheet.total(values("全市合计", "", "", total));
		sheet.finish();
	}

	private static Object[] values(String district, String code, String name, Counts c) {
		List<Object> values = new ArrayList<>();
		if (district != null) {
			values.add(district);
		}
		values.add(code == null ? "" : code);
		values.add(name == null ? "" : name);
		values.addAll(List.of(c.required(), c.submitted(), c.approved(), c.rated(), c.examPassed(), c.passed(),
				c.failed(), c.absent(), c.deferred(), c.hidden()));
		values.add(new ReportSheet.Rate(c.passRate()));
		return values.toArray();
	}

}
