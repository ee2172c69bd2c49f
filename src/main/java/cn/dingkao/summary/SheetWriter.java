package cn.dingkao.summary;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * Writes one sheet row by row: a frozen header with an auto-filter, text, counts and rates, and column widths
 * computed from the content (SXSSF cannot auto-size rows it has already flushed).
 */
final class SheetWriter {

	/** Excel's last row index; a longer list continues on a further sheet. */
	static final int MAX_ROWS = 1_048_575;

	private static final int MAX_WIDTH_CHARS = 60;

	private final SXSSFSheet sheet;

	private final Styles styles;

	private final int[] widths;

	private int nextRow;

	private int lastFilteredRow;

	SheetWriter(SXSSFWorkbook workbook, Styles styles, String name, String... header) {
		this.sheet = workbook.createSheet(name);
		this.styles = styles;
		this.widths = new int[header.length];
		Row row = this.sheet.createRow(this.nextRow++);
		for (int i = 0; i < header.length; i++) {
			Cell cell = row.createCell(i);
			cell.setCellValue(header[i]);
			cell.setCellStyle(styles.header);
			track(i, header[i]);
		}
	}

	SXSSFSheet sheet() {
		return this.sheet;
	}

	int rowCount() {
		return this.nextRow;
	}

	/** A data row (inside the auto-filter). Values: String, Long/Integer (count), {@link Rate}, null (blank). */
	void row(Object... values) {
		write(values);
		this.lastFilteredRow = this.nextRow - 1;
	}

	/** A totals row below the data, outside the auto-filter so that sorting leaves it at the bottom. */
	void totalRow(Object... values) {
		write(values);
	}

	private void write(Object... values) {
		Row row = this.sheet.createRow(this.nextRow++);
		for (int i = 0; i < values.length; i++) {
			Object value = values[i];
			if (value == null) {
				continue;
			}
			Cell cell = row.createCell(i);
			if (value instanceof Rate rate) {
				if (rate.value() != null) {
					cell.setCellValue(rate.value());
					cell.setCellStyle(this.styles.percent);
					track(i, "100.00%");
				}
			}
			else if (value instanceof Number number) {
				cell.setCellValue(number.doubleValue());
				cell.setCellStyle(this.styles.count);
				track(i, number.toString());
			}
			else {
				String text = value.toString();
				cell.setCellValue(text);
				// a string cell is never evaluated, but one that looks like a formula would become one when a user
				// edits it or saves as CSV; quote-prefixed, Excel keeps it text and shows it as written (no ' shown)
				cell.setCellStyle(looksLikeFormula(text) ? this.styles.quoted : this.styles.text);
				track(i, text);
			}
		}
	}

	static boolean looksLikeFormula(String text) {
		return !text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0;
	}

	/** Freezes the header, puts the auto-filter on header + data rows and sets the column widths. */
	void finish() {
		this.sheet.createFreezePane(0, 1);
		this.sheet.setAutoFilter(new CellRangeAddress(0, Math.max(this.lastFilteredRow, 0), 0, this.widths.length - 1));
		for (int i = 0; i < this.widths.length; i++) {
			this.sheet.setColumnWidth(i, (Math.min(this.widths[i], MAX_WIDTH_CHARS) + 3) * 256);
		}
	}

	private void track(int column, String text) {
		if (column < this.widths.length) {
			this.widths[column] = Math.max(this.widths[column], displayWidth(text));
		}
	}

	/** Width in Excel characters: a CJK (wide) character takes two. */
	static int displayWidth(String text) {
		int width = 0;
		for (int i = 0; i < text.length(); i++) {
			width += text.charAt(i) >= 0x1100 ? 2 : 1;
		}
		return width;
	}

	/** A 合格率 cell: a percentage, blank when undefined. */
	record Rate(Double value) {
	}

	/** The cell styles of a workbook (a workbook holds a limited number of styles: create them once). */
	static final class Styles {

		final CellStyle header;

		final CellStyle text;

		final CellStyle quoted;

		final CellStyle count;

		final CellStyle percent;

		Styles(SXSSFWorkbook workbook) {
			Font bold = workbook.createFont();
			bold.setBold(true);
			this.header = workbook.createCellStyle();
			this.header.setFont(bold);
			this.header.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
			this.header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
			this.text = workbook.createCellStyle();
			this.quoted = workbook.createCellStyle();
			this.quoted.setQuotePrefixed(true);
			this.count = workbook.createCellStyle();
			this.count.setDataFormat(workbook.createDataFormat().getFormat("0"));
			this.percent = workbook.createCellStyle();
			this.percent.setDataFormat(workbook.createDataFormat().getFormat("0.00%"));
		}

	}

}
