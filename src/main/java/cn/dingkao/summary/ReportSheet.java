package cn.dingkao.summary;

import java.util.List;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.PageMargin;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * One sheet of a summary workbook, written row by row as a printable report (spec "District summary workbooks"):
 * a title row naming area, cycle and sheet, a subtitle with the data date, then one or more tables. The first
 * table's header is frozen and repeated on every printed page; the sheet prints on A4 one page wide (landscape
 * when its columns are wide), with 第 X 页 / 共 Y 页 in the footer.
 *
 * <p>Rows are streamed (SXSSF): nothing is measured after the fact, so column widths are tracked while writing
 * and the height of a row whose text wraps is worked out from those same widths. LibreOffice does not fit a row
 * to its wrapped text when it opens a file, so the height is written; it is reckoned with Excel's metrics (a CJK
 * character two digits wide), which leaves a little room in LibreOffice, whose CJK font is narrower, but never
 * cuts off a line.
 */
final class ReportSheet {

	/** Excel's last row index; a longer list continues on a further sheet. */
	static final int MAX_ROWS = 1_048_575;

	/** Wider than this (Excel characters) no longer fits an A4 portrait page at a readable size. */
	private static final int PORTRAIT_WIDTH = 100;

	private static final int MAX_COLUMNS = 20;

	private static final float LINE_HEIGHT = 14.5f;

	private final SXSSFSheet sheet;

	private final ReportStyles styles;

	private final ReportTitle title;

	private final String name;

	private final int[] widths = new int[MAX_COLUMNS];

	private final int[] caps = new int[MAX_COLUMNS];

	private List<Column> columns = List.of();

	private int span;

	private int nextRow;

	private int headerRow = -1;

	private int firstFilteredRow = -1;

	private int lastFilteredRow = -1;

	private int band;

	private boolean headerRepeated = true;

	ReportSheet(SXSSFWorkbook workbook, ReportStyles styles, ReportTitle title, String name, int span) {
		this.sheet = workbook.createSheet(name);
		this.styles = styles;
		this.title = title;
		this.name = name;
		this.span = span;
		Row titleRow = this.sheet.createRow(this.nextRow++);
		titleRow.setHeightInPoints(26);
		Cell cell = titleRow.createCell(0);
		cell.setCellValue(title.title(name));
		cell.setCellStyle(styles.title);
		Row subtitleRow = this.sheet.createRow(this.nextRow++);
		subtitleRow.setHeightInPoints(18);
		cell = subtitleRow.createCell(0);
		cell.setCellValue(title.subtitle());
		cell.setCellStyle(styles.subtitle);
		if (span > 1) {
			this.sheet.addMergedRegion(new CellRangeAddress(0, 0, 0, span - 1));
			this.sheet.addMergedRegion(new CellRangeAddress(1, 1, 0, span - 1));
		}
	}

	String name() {
		return this.name;
	}

	SXSSFSheet sheet() {
		return this.sheet;
	}

	/** Index of the row the next call writes. */
	int nextRow() {
		return this.nextRow;
	}

	/**
	 * Starts a table: writes its header row (numbers under right-aligned headers). The first table's header is
	 * the one frozen and repeated on every page; {@code filtered} puts an auto-filter on it and its data rows.
	 */
	void table(List<Column> columns, boolean filtered) {
		this.columns = columns;
		this.band = 0;
		Row row = this.sheet.createRow(this.nextRow++);
		int lines = 1;
		for (int i = 0; i < columns.size(); i++) {
			Column column = columns.get(i);
			this.caps[i] = Math.max(this.caps[i], column.maxWidth());
			Cell cell = row.createCell(i);
			cell.setCellValue(column.header());
			cell.setCellStyle(column.kind().numeric() ? this.styles.headerRight : this.styles.headerLeft);
			lines = Math.max(lines, track(i, column.header()));
		}
		height(row, lines);
		if (this.headerRow < 0) {
			this.headerRow = row.getRowNum();
			if (filtered) {
				this.firstFilteredRow = row.getRowNum();
				this.lastFilteredRow = row.getRowNum();
			}
		}
	}

	/**
	 * Repeats and freezes the title rows only, for a sheet of several tables (汇总), whose first header would
	 * stand over the wrong table on later pages.
	 */
	void repeatTitleOnly() {
		this.headerRepeated = false;
	}

	/** A data row, banded. Values: String, Number (count), {@link Rate}, null (an empty bordered cell). */
	void row(Object... values) {
		Row row = write(this.band++ % 2 == 1 ? ReportStyles.Role.BAND : ReportStyles.Role.PLAIN, values);
		if (this.firstFilteredRow >= 0 && this.lastFilteredRow == row.getRowNum() - 1) {
			this.lastFilteredRow = row.getRowNum();
		}
	}

	/** A subtotal (e.g. of a district) between the data rows; the banding starts again after it. */
	void subtotal(Object... values) {
		write(ReportStyles.Role.SUBTOTAL, values);
		this.band = 0;
	}

	/** The total below a table, outside the auto-filter so that sorting leaves it at the bottom. */
	void total(Object... values) {
		write(ReportStyles.Role.TOTAL, values);
	}

	/** A section heading above a table. */
	void heading(String text) {
		Row row = this.sheet.createRow(this.nextRow++);
		row.setHeightInPoints(24);
		Cell cell = row.createCell(0);
		cell.setCellValue(text);
		cell.setCellStyle(this.styles.heading);
	}

	/** A line of explanation across the sheet's width; {@code lines} is the height it needs. */
	void note(String text, int lines) {
		Row row = this.sheet.createRow(this.nextRow++);
		row.setHeightInPoints(lines * LINE_HEIGHT + 2);
		Cell cell = row.createCell(0);
		cell.setCellValue(text);
		cell.setCellStyle(this.styles.note);
		if (this.span > 1) {
			this.sheet.addMergedRegion(new CellRangeAddress(row.getRowNum(), row.getRowNum(), 0, this.span - 1));
		}
	}

	void blank() {
		this.nextRow++;
	}

	/**
	 * Leaves {@code count} empty rows of a fixed height (room for a chart: its size on paper then does not depend
	 * on the default row height of the program that opens the file) and returns the first of them.
	 */
	int skip(int count) {
		int first = this.nextRow;
		for (int i = 0; i < count; i++) {
			this.sheet.createRow(this.nextRow++).setHeightInPoints(15);
		}
		return first;
	}

	/** The next row starts a new printed page. */
	void pageBreak() {
		this.sheet.setRowBreak(this.nextRow - 1);
	}

	private Row write(ReportStyles.Role role, Object... values) {
		Row row = this.sheet.createRow(this.nextRow++);
		int lines = 1;
		for (int i = 0; i < this.columns.size(); i++) {
			Column.Kind kind = this.columns.get(i).kind();
			Object value = i < values.length ? values[i] : null;
			Cell cell = row.createCell(i);
			if (value instanceof Rate rate) {
				if (rate.value() != null) {
					cell.setCellValue(rate.value());
					track(i, "100.00%");
				}
				cell.setCellStyle(this.styles.cell(Column.Kind.RATE, role, false));
			}
			else if (value instanceof Number number) {
				cell.setCellValue(number.doubleValue());
				cell.setCellStyle(this.styles.cell(kind == Column.Kind.RATE ? kind : Column.Kind.COUNT, role, false));
				track(i, String.format("%,d", number.longValue()));
			}
			else {
				String text = value == null ? "" : value.toString();
				if (!text.isEmpty()) {
					cell.setCellValue(text);
				}
				Column.Kind textKind = kind.numeric() ? Column.Kind.CODE : kind;
				cell.setCellStyle(this.styles.cell(textKind, role, looksLikeFormula(text)));
				int needed = track(i, text);
				if (kind == Column.Kind.TEXT) {
					lines = Math.max(lines, needed);
				}
			}
		}
		height(row, lines);
		return row;
	}

	static boolean looksLikeFormula(String text) {
		return !text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0;
	}

	/**
	 * Grows the column to fit the text up to its cap and returns the lines the text takes: beyond the cap it
	 * wraps, and since the column then is exactly the cap wide the count holds whatever is written later.
	 */
	private int track(int column, String text) {
		int width = displayWidth(text);
		int cap = this.caps[column] == 0 ? 60 : this.caps[column];
		this.widths[column] = Math.max(this.widths[column], Math.min(width, cap));
		// the column is drawn two characters wider than its content (finish); one of them is the cell's margins
		int line = cap + 1;
		return width <= line ? 1 : (width + line - 1) / line;
	}

	private static void height(Row row, int lines) {
		if (lines > 1) {
			row.setHeightInPoints(lines * LINE_HEIGHT + 3);
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

	/** Sets the column widths, freezes the panes below the header, and the print setup. */
	void finish() {
		int total = 0;
		int used = Math.max(this.span, this.columns.size());
		for (int i = 0; i < used; i++) {
			int width = Math.max(this.widths[i], 4) + 2;
			total += width;
			this.sheet.setColumnWidth(i, width * 256);
		}
		int frozen = this.headerRow < 0 || !this.headerRepeated ? 2 : this.headerRow + 1;
		this.sheet.createFreezePane(0, frozen);
		if (this.firstFilteredRow >= 0) {
			this.sheet.setAutoFilter(new CellRangeAddress(this.firstFilteredRow, this.lastFilteredRow, 0,
					this.columns.size() - 1));
		}
		this.sheet.setRepeatingRows(new CellRangeAddress(0, frozen - 1, -1, -1));
		this.sheet.setFitToPage(true);
		this.sheet.setAutobreaks(true);
		PrintSetup print = this.sheet.getPrintSetup();
		print.setPaperSize(PrintSetup.A4_PAPERSIZE);
		print.setLandscape(total > PORTRAIT_WIDTH);
		print.setFitWidth((short) 1);
		print.setFitHeight((short) 0);
		this.sheet.setHorizontallyCenter(true);
		this.sheet.setMargin(PageMargin.LEFT, 0.4);
		this.sheet.setMargin(PageMargin.RIGHT, 0.4);
		this.sheet.setMargin(PageMargin.TOP, 0.5);
		this.sheet.setMargin(PageMargin.BOTTOM, 0.6);
		this.sheet.setMargin(PageMargin.HEADER, 0.2);
		this.sheet.setMargin(PageMargin.FOOTER, 0.25);
		this.sheet.getFooter().setLeft(this.title.footerLeft(this.name));
		this.sheet.getFooter().setCenter("第 &P 页 / 共 &N 页");
		this.sheet.getFooter().setRight(this.title.dataDate());
	}

	/** A 合格率 cell: a percentage, blank when undefined. */
	record Rate(Double value) {
	}

}
