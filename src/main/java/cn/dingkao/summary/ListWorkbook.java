package cn.dingkao.summary;

import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import cn.dingkao.ruling.Cycle;
import cn.dingkao.ruling.ResultStanding;

import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * A list as a printable workbook of one sheet, laid out like the summary workbooks' sheets (title naming area, cycle
 * and sheet, the data date — 预计 before CLOSE —, a frozen and repeated header, one page wide) and written the same
 * way: streamed, formula-like text kept as text. For lists that pages offer for download (issue 23: an
 * institution's 有风险 physicians). Cert numbers are the caller's to mask ({@link CertMask}): no workbook holds a
 * full one.
 */
public final class ListWorkbook {

	private ListWorkbook() {
	}

	/** A column: Chinese text that wraps, or a code (masked number, date) that never does. */
	public record ListColumn(String header, boolean code, int maxWidth) {

		public static ListColumn text(String header, int maxWidth) {
			return new ListColumn(header, false, maxWidth);
		}

		public static ListColumn code(String header) {
			return new ListColumn(header, true, 40);
		}

		Column column() {
			return this.code ? Column.code(this.header) : Column.text(this.header, this.maxWidth);
		}

	}

	/**
	 * @param area who the list is of (an institution's name), first in the title
	 * @param note a line under the title, or null
	 * @param rows one Object[] per row, in the order of {@code columns} (String, Number or null)
	 */
	public static void write(OutputStream out, String area, Cycle cycle, LocalDate dataDate, ResultStanding standing,
			String sheetName, String note, List<ListColumn> columns, Iterable<Object[]> rows) throws IOException {
		try (SXSSFWorkbook workbook = new SXSSFWorkbook(100)) {
			workbook.setCompressTempFiles(true);
			try {
				ReportStyles styles = new ReportStyles(workbook);
				ReportTitle title = new ReportTitle(new SummaryArea("", area), cycle, dataDate, standing);
				ReportSheet sheet = new ReportSheet(workbook, styles, title, sheetName, columns.size());
				if (note != null) {
					sheet.note(note, 2);
				}
				List<Column> reportColumns = new ArrayList<>();
				for (ListColumn column : columns) {
					reportColumns.add(column.column());
				}
				sheet.table(reportColumns, true);
				for (Object[] row : rows) {
					sheet.row(row);
				}
				sheet.finish();
				workbook.write(out);
			}
			finally {
				workbook.dispose();
			}
		}
	}

}
