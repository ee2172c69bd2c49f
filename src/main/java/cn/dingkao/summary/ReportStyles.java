package cn.dingkao.summary;

import java.util.HashMap;
import java.util.Map;

import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFColor;
import org.apache.poi.xssf.usermodel.XSSFFont;

/**
 * The cell styles of one workbook, made once and shared (a workbook holds a limited number of styles). Fills are
 * light greys and borders thin dark greys, so banding and grid survive a black-and-white printer.
 */
final class ReportStyles {

	/** What a row is: its fill and weight. */
	enum Role {

		PLAIN, BAND, SUBTOTAL, TOTAL

	}

	private static final byte[] BAND_FILL = { (byte) 0xF2, (byte) 0xF2, (byte) 0xF2 };

	private static final byte[] SUBTOTAL_FILL = { (byte) 0xE4, (byte) 0xE4, (byte) 0xE4 };

	private static final byte[] TOTAL_FILL = { (byte) 0xD0, (byte) 0xD0, (byte) 0xD0 };

	private static final byte[] HEADER_FILL = { (byte) 0xD9, (byte) 0xE1, (byte) 0xF2 };

	private static final byte[] BORDER = { (byte) 0x80, (byte) 0x80, (byte) 0x80 };

	private final SXSSFWorkbook workbook;

	private final Map<String, CellStyle> cells = new HashMap<>();

	private final Font bold;

	final CellStyle title;

	final CellStyle subtitle;

	final CellStyle heading;

	final CellStyle note;

	final CellStyle headerLeft;

	final CellStyle headerRight;

	ReportStyles(SXSSFWorkbook workbook) {
		this.workbook = workbook;
		this.bold = workbook.createFont();
		this.bold.setBold(true);

		Font titleFont = workbook.createFont();
		titleFont.setBold(true);
		titleFont.setFontHeightInPoints((short) 15);
		this.title = workbook.createCellStyle();
		this.title.setFont(titleFont);
		this.title.setVerticalAlignment(VerticalAlignment.CENTER);

		XSSFFont grey = (XSSFFont) workbook.createFont();
		grey.setFontHeightInPoints((short) 10);
		grey.setColor(new XSSFColor(new byte[] { 0x40, 0x40, 0x40 }, null));
		this.subtitle = workbook.createCellStyle();
		this.subtitle.setFont(grey);
		this.subtitle.setVerticalAlignment(VerticalAlignment.CENTER);

		Font headingFont = workbook.createFont();
		headingFont.setBold(true);
		headingFont.setFontHeightInPoints((short) 12);
		this.heading = workbook.createCellStyle();
		this.heading.setFont(headingFont);
		this.heading.setVerticalAlignment(VerticalAlignment.BOTTOM);

		this.note = workbook.createCellStyle();
		this.note.setFont(grey);
		this.note.setWrapText(true);
		this.note.setVerticalAlignment(VerticalAlignment.TOP);

		this.headerLeft = header(HorizontalAlignment.LEFT);
		this.headerRight = header(HorizontalAlignment.RIGHT);
	}

	/** The style of a table cell of this kind in a row of this role; {@code quoted} for text that looks like a formula. */
	CellStyle cell(Column.Kind kind, Role role, boolean quoted) {
		return this.cells.computeIfAbsent(kind + "/" + role + "/" + quoted, key -> create(kind, role, quoted));
	}

	private CellStyle create(Column.Kind kind, Role role, boolean quoted) {
		XSSFCellStyle style = (XSSFCellStyle) this.workbook.createCellStyle();
		bordered(style);
		style.setVerticalAlignment(VerticalAlignment.CENTER);
		switch (kind) {
			case TEXT -> style.setWrapText(true);
			case CODE -> style.setAlignment(HorizontalAlignment.LEFT);
			case COUNT -> {
				style.setAlignment(HorizontalAlignment.RIGHT);
				style.setDataFormat(this.workbook.createDataFormat().getFormat("#,##0"));
			}
			case RATE -> {
				style.setAlignment(HorizontalAlignment.RIGHT);
				style.setDataFormat(this.workbook.createDataFormat().getFormat("0.00%"));
			}
		}
		// a string cell is never evaluated, but one that looks like a formula would become one when a user edits
		// it or saves as CSV; quote-prefixed, Excel keeps it text and shows it as written (no ' shown)
		style.setQuotePrefixed(quoted);
		switch (role) {
			case PLAIN -> {
			}
			case BAND -> fill(style, BAND_FILL);
			case SUBTOTAL -> {
				fill(style, SUBTOTAL_FILL);
				style.setFont(this.bold);
			}
			case TOTAL -> {
				fill(style, TOTAL_FILL);
				style.setFont(this.bold);
				style.setBorderTop(BorderStyle.MEDIUM);
			}
		}
		return style;
	}

	private CellStyle header(HorizontalAlignment alignment) {
		XSSFCellStyle style = (XSSFCellStyle) this.workbook.createCellStyle();
		style.setFont(this.bold);
		fill(style, HEADER_FILL);
		bordered(style);
		style.setAlignment(alignment);
		style.setVerticalAlignment(VerticalAlignment.CENTER);
		style.setWrapText(true);
		return style;
	}

	private static void fill(XSSFCellStyle style, byte[] rgb) {
		style.setFillForegroundColor(new XSSFColor(rgb, null));
		style.setFillPattern(FillPatternType.SOLID_FOREGROUND);
	}

	private static void bordered(XSSFCellStyle style) {
		XSSFColor color = new XSSFColor(BORDER, null);
		style.setBorderTop(BorderStyle.THIN);
		style.setBorderBottom(BorderStyle.THIN);
		style.setBorderLeft(BorderStyle.THIN);
		style.setBorderRight(BorderStyle.THIN);
		style.setTopBorderColor(color);
		style.setBottomBorderColor(color);
		style.setLeftBorderColor(color);
		style.setRightBorderColor(color);
	}

}
