package cn.dingkao.summary;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import cn.dingkao.ruling.Cycle;
import cn.dingkao.ruling.ReasonCode;

import org.apache.ibatis.cursor.Cursor;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/** 不合格及未参加名单: outcomes 2–4, streamed, with the masked number and the reasons in Chinese. */
final class ListedSheet {

	static final String NAME = "不合格及未参加名单";

	private ListedSheet() {
	}

	static void write(SXSSFWorkbook workbook, ReportStyles styles, ReportTitle title, SummaryMapper mapper, Cycle cycle)
			throws IOException {
		boolean city = title.area().isCity();
		List<Column> columns = new ArrayList<>(List.of(Column.code("证件号码"), Column.text("姓名", 10)));
		if (city) {
			columns.add(Column.text("区", 8));
		}
		columns.addAll(List.of(Column.text("主要执业机构", 34), Column.code("机构代码"), Column.text("考核结果", 12),
				Column.text("原因", 64)));
		ReportSheet sheet = new ReportSheet(workbook, styles, title, NAME, columns.size());
		sheet.table(columns, true);
		int part = 1;
		try (Cursor<ListedPhysician> cursor = mapper.listed(cycle, title.area().district())) {
			for (ListedPhysician physician : cursor) {
				if (sheet.nextRow() > ReportSheet.MAX_ROWS) {
					sheet.finish();
					sheet = new ReportSheet(workbook, styles, title, NAME + "(" + ++part + ")", columns.size());
					sheet.table(columns, true);
				}
				List<Object> values = new ArrayList<>(List.of(CertMask.mask(physician.certNo()), physician.name()));
				if (city) {
					values.add(physician.districtName());
				}
				values.addAll(List.of(physician.orgName() == null ? "" : physician.orgName(), physician.mainOrgCode(),
						physician.outcome().label(),
						String.join("；", physician.reasons().stream().map(ReasonCode::labelOf).toList())));
				sheet.row(values.toArray());
			}
		}
		sheet.finish();
	}

}
