package cn.dingkao.ingest.internal;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.model.StylesTable;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;

/**
 * The first sheet of an XLSX workbook, pulled row by row from the sheet's XML with StAX (POI's
 * {@link XSSFReader} gives the parts; the workbook object model is never built, so memory stays flat).
 * Date cells (numbers with a date format) become {@code yyyy-MM-dd HH:mm:ss}; other numbers their plain
 * decimal text. Anything POI or the XML parser rejects — not a workbook, zip bomb, broken XML — surfaces
 * as {@link UnreadableFileException}.
 */
final class XlsxRowSource implements RowSource {

	private static final DateTimeFormatter CELL_DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

	private final OPCPackage pkg;

	private final InputStream sheet;

	private final XMLStreamReader xml;

	private final ReadOnlySharedStringsTable strings;

	private final StylesTable styles;

	private final Map<Integer, Boolean> dateStyles = new HashMap<>();

	private List<String> header;

	private long lastRow;

	private final int maxRecordChars;

	XlsxRowSource(Path file, XlsxLimits limits, int maxRecordChars) throws IOException {
		this.maxRecordChars = maxRecordChars;
		limits.apply();
		OPCPackage opened = null;
		try {
			opened = OPCPackage.open(file.toFile(), PackageAccess.READ);
			XSSFReader reader = new XSSFReader(opened);
			this.strings = new ReadOnlySharedStringsTable(opened, false);
			this.styles = reader.getStylesTable();
			Iterator<InputStream> sheets = reader.getSheetsData();
			if (!sheets.hasNext()) {
				throw new UnreadableFileException("工作簿没有工作表 (workbook has no sheet)", null);
			}
			this.sheet = sheets.next();
			XMLInputFactory factory = XMLInputFactory.newFactory();
			factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
			factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
			this.xml = factory.createXMLStreamReader(this.sheet);
			this.pkg = opened;
		}
		catch (UnreadableFileException ex) {
			closeQuietly(opened);
			throw ex;
		}
		catch (Exception | OutOfMemoryError ex) {
			closeQuietly(opened);
			throw unreadable(ex);
		}
	}

	@Override
	public List<String> header() throws IOException {
		if (this.header == null) {
			SourceLine first = nextRow();
			this.header = first == null ? List.of() : first.fields();
		}
		return this.header;
	}

	@Override
	public SourceLine next() throws IOException {
		header();
		return nextRow();
	}

	private SourceLine nextRow() throws IOException {
		try {
			List<String> cells = null;
			long rowNo = 0;
			int column = -1;
			String type = null;
			int style = -1;
			StringBuilder text = new StringBuilder();
			boolean inValue = false;
			int phonetic = 0;
			long rowChars = 0;
			while (this.xml.hasNext()) {
				int event = this.xml.next();
				if (event == XMLStreamConstants.START_ELEMENT) {
					switch (this.xml.getLocalName()) {
						case "row" -> {
							cells = new ArrayList<>();
							String r = this.xml.getAttributeValue(null, "r");
							rowNo = r == null ? this.lastRow + 1 : Long.parseLong(r);
						}
						case "c" -> {
							String ref = this.xml.getAttributeValue(null, "r");
							column = ref == null ? (cells == null ? 0 : cells.size()) : columnIndex(ref);
							type = this.xml.getAttributeValue(null, "t");
							String s = this.xml.getAttributeValue(null, "s");
							style = s == null ? -1 : Integer.parseInt(s);
							text.setLength(0);
						}
						case "v", "t" -> inValue = phonetic == 0;
						case "rPh" -> phonetic++;
						default -> {
						}
					}
				}
				else if (event == XMLStreamConstants.CHARACTERS || event == XMLStreamConstants.CDATA) {
					if (inValue) {
						String chunk = this.xml.getText();
						rowChars += chunk.length();
						if (rowChars <= this.maxRecordChars) {
							text.append(chunk);
						}
					}
				}
				else if (event == XMLStreamConstants.END_ELEMENT) {
					switch (this.xml.getLocalName()) {
						case "v", "t" -> inValue = false;
						case "rPh" -> phonetic--;
						case "c" -> {
							if (cells != null && column >= 0) {
								while (cells.size() <= column) {
									cells.add("");
								}
								String value = cellText(type, style, text.toString());
								if ("s".equals(type)) {
									rowChars += value.length();
								}
								cells.set(column, rowChars <= this.maxRecordChars ? value : "");
							}
						}
						case "row" -> {
							this.lastRow = rowNo;
							if (rowChars > this.maxRecordChars) {
								return SourceLine.unparsable(rowNo, "行过长(超过" + this.maxRecordChars + "字符)，无法解析",
										"row longer than " + this.maxRecordChars + " characters");
							}
							return SourceLine.of(rowNo, cells);
						}
						default -> {
						}
					}
				}
			}
			return null;
		}
		catch (XMLStreamException | RuntimeException ex) {
			throw unreadable(ex);
		}
	}

	private String cellText(String type, int style, String raw) {
		if (type == null || "n".equals(type)) {
			if (raw.isEmpty()) {
				return "";
			}
			double number = Double.parseDouble(raw);
			if (isDateStyle(style) && DateUtil.isValidExcelDate(number)) {
				LocalDateTime moment = DateUtil.getLocalDateTime(number, false, true);
				return moment.format(CELL_DATE);
			}
			return new BigDecimal(raw).stripTrailingZeros().toPlainString();
		}
		return switch (type) {
			case "s" -> this.strings.getItemAt(Integer.parseInt(raw.trim())).getString();
			case "b" -> "1".equals(raw) ? "TRUE" : "FALSE";
			default -> raw; // inlineStr, str (formula result), e (error text), d (ISO date)
		};
	}

	private boolean isDateStyle(int style) {
		if (style < 0 || this.styles == null) {
			return false;
		}
		return this.dateStyles.computeIfAbsent(style, index -> {
			XSSFCellStyle cellStyle = this.styles.getStyleAt(index);
			return cellStyle != null
					&& DateUtil.isADateFormat(cellStyle.getDataFormat(), cellStyle.getDataFormatString());
		});
	}

	/** "AB12" → 27 (zero-based). */
	static int columnIndex(String ref) {
		int index = 0;
		for (int i = 0; i < ref.length() && Character.isLetter(ref.charAt(i)); i++) {
			index = index * 26 + (Character.toUpperCase(ref.charAt(i)) - 'A' + 1);
		}
		return index - 1;
	}

	private static UnreadableFileException unreadable(Throwable ex) {
		String detail = ex.getMessage() == null ? ex.getClass().getSimpleName() : ex.getMessage();
		detail = detail.replaceAll("\\s+", " ");
		if (detail.length() > 300) {
			detail = detail.substring(0, 300);
		}
		return new UnreadableFileException("无法读取的XLSX工作簿 (unreadable XLSX workbook): " + detail,
				ex instanceof OutOfMemoryError ? null : ex);
	}

	private static void closeQuietly(OPCPackage pkg) {
		if (pkg != null) {
			pkg.revert();
		}
	}

	@Override
	public void close() throws IOException {
		try {
			this.xml.close();
		}
		catch (XMLStreamException ex) {
			// closing a read-only stream; nothing to lose
		}
		this.sheet.close();
		this.pkg.revert();
	}

}
