package cn.dingkao.summary;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import cn.dingkao.ruling.Cycle;
import cn.dingkao.ruling.Severity;
import cn.dingkao.ruling.WarningCode;

import org.apache.ibatis.cursor.Cursor;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * 数据异常: the area's exceptions, streamed, 错误 (data an office must correct) before 警告, then by institution.
 * The problem in Chinese with the code in a column of its own, the masked number, the file line to open, and
 * the detail with nothing in it that the mask hides.
 */
final class ExceptionSheet {

	static final String NAME = "数据异常";

	/** The codes an office must correct, from the vocabulary (the severity stored with a row may be older). */
	static final List<String> ERROR_CODES = Arrays.stream(WarningCode.values())
		.filter(code -> code.severity() == Severity.ERROR)
		.map(WarningCode::name)
		.toList();

	private ExceptionSheet() {
	}

	static void write(SXSSFWorkbook workbook, ReportStyles styles, ReportTitle title, SummaryMapper mapper,
			Cycle cycle) throws java.io.IOException {
		boolean city = title.area().isCity();
		// the detail is what an office reads: it gets the width, the rest wraps early
		List<Column> columns = new ArrayList<>(List.of(Column.text("级别", 4), Column.code("代码"),
				Column.text("问题", 16), Column.code("证件号码"), Column.text("姓名", 8)));
		if (city) {
			columns.add(Column.text("区", 8));
		}
		columns.addAll(List.of(Column.text("机构", 20), Column.text("来源（文件及行）", 20), Column.text("详情", 60)));
		ReportSheet sheet = new ReportSheet(workbook, styles, title, NAME, columns.size());
		sheet.table(columns, true);
		int part = 1;
		try (Cursor<ExceptionRow> cursor = mapper.exceptions(cycle, title.area().district(), ERROR_CODES)) {
			for (ExceptionRow row : cursor) {
				if (sheet.nextRow() > ReportSheet.MAX_ROWS) {
					sheet.finish();
					sheet = new ReportSheet(workbook, styles, title, NAME + "(" + ++part + ")", columns.size());
					sheet.table(columns, true);
				}
				List<Object> values = new ArrayList<>(List.of(severity(row).label(), row.code(),
						WarningCode.labelOf(row.code()), CertMask.mask(row.certNo()), orEmpty(row.name())));
				if (city) {
					values.add(row.districtName());
				}
				values.add(row.orgName() == null || row.orgName().isBlank() ? orEmpty(row.orgCode()) : row.orgName());
				values.add(ExceptionSource.of(row));
				values.add(DetailRedactor.redact(row.detail(), row.certNo(), row.birthDate()));
				sheet.row(values.toArray());
			}
		}
		sheet.finish();
	}

	/** The code's severity in the vocabulary; for a code it does not know, the one stored (else 警告). */
	static Severity severity(ExceptionRow row) {
		return row.warning()
			.map(WarningCode::severity)
			.orElse(row.severity() == null ? Severity.WARN : row.severity());
	}

	private static String orEmpty(String value) {
		return value == null ? "" : value;
	}

}
