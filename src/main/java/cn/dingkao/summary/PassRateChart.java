package cn.dingkao.summary;

import javax.xml.namespace.QName;

import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xddf.usermodel.XDDFColor;
import org.apache.poi.xddf.usermodel.XDDFSolidFillProperties;
import org.apache.poi.xddf.usermodel.chart.AxisCrosses;
import org.apache.poi.xddf.usermodel.chart.AxisOrientation;
import org.apache.poi.xddf.usermodel.chart.AxisPosition;
import org.apache.poi.xddf.usermodel.chart.BarDirection;
import org.apache.poi.xddf.usermodel.chart.ChartTypes;
import org.apache.poi.xddf.usermodel.chart.XDDFBarChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFCategoryAxis;
import org.apache.poi.xddf.usermodel.chart.XDDFChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFDataSourcesFactory;
import org.apache.poi.xddf.usermodel.chart.XDDFValueAxis;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFChart;
import org.apache.poi.xssf.usermodel.XSSFDrawing;
import org.apache.xmlbeans.XmlCursor;
import org.apache.xmlbeans.XmlObject;
import org.openxmlformats.schemas.drawingml.x2006.chart.CTDLbls;
import org.openxmlformats.schemas.drawingml.x2006.chart.STDLblPos;
import org.openxmlformats.schemas.drawingml.x2006.main.CTTextBody;


/**
 * The horizontal bar chart of 合格率 on 汇总. Its series reference the cells of the ranking table (names and
 * rates), so every spreadsheet draws it from the sheet; the values are also cached in the chart for viewers
 * that do not recalculate. Bars run top-down in the table's order (lowest rate first), names stay horizontal.
 */
final class PassRateChart {

	/** Where the chart goes and where its numbers are: rows of the ranking table, name and rate columns. */
	record Placement(String sheetName, int firstRow, int rows, int width, int headerRow, int firstDataRow,
			int nameColumn, int rateColumn) {
	}

	private static final String CHART_NS = "http://schemas.openxmlformats.org/drawingml/2006/chart";

	private PassRateChart() {
	}

	static void draw(SXSSFWorkbook workbook, Placement at, String title, String[] names, Double[] rates) {
		// SXSSF has no charts of its own; the drawing lives on the XSSF sheet behind the streaming one
		XSSFDrawing drawing = workbook.getXSSFWorkbook().getSheet(at.sheetName()).createDrawingPatriarch();
		XSSFChart chart = drawing.createChart(
				drawing.createAnchor(0, 0, 0, 0, 0, at.firstRow(), at.width(), at.firstRow() + at.rows()));
		chart.setTitleText(title);
		chart.setTitleOverlay(false);
		chart.getFormattedTitle().getParagraph(0).addDefaultRunProperties().setFontSize(12.0);

		XDDFCategoryAxis categories = chart.createCategoryAxis(AxisPosition.LEFT);
		// the first row of the table (the lowest rate) at the top, as it is read
		categories.setOrientation(AxisOrientation.MAX_MIN);
		categories.getOrAddTextProperties().setFontSize(names.length > 25 ? 7.5 : 9.0);
		XDDFValueAxis values = chart.createValueAxis(AxisPosition.BOTTOM);
		values.setMinimum(0);
		values.setMaximum(1);
		values.setMajorUnit(0.2);
		values.setNumberFormat("0%");
		values.setCrosses(AxisCrosses.MAX);
		values.getOrAddTextProperties().setFontSize(8.0);

		int last = at.firstDataRow() + names.length - 1;
		String nameRange = new CellRangeAddress(at.firstDataRow(), last, at.nameColumn(), at.nameColumn())
			.formatAsString(at.sheetName(), true);
		String rateRange = new CellRangeAddress(at.firstDataRow(), last, at.rateColumn(), at.rateColumn())
			.formatAsString(at.sheetName(), true);
		XDDFBarChartData data = (XDDFBarChartData) chart.createData(ChartTypes.BAR, categories, values);
		data.setBarDirection(BarDirection.BAR);
		data.setVaryColors(false);
		data.setGapWidth(50);
		XDDFChartData.Series series = data.addSeries(
				XDDFDataSourcesFactory.fromArray(names, nameRange, at.nameColumn()),
				XDDFDataSourcesFactory.fromArray(rates, rateRange, at.rateColumn()));
		series.setTitle("合格率", new CellReference(at.sheetName(), at.headerRow(), at.rateColumn(), true, true));
		series.setFillProperties(new XDDFSolidFillProperties(XDDFColor.from(new byte[] { 0x2F, 0x55, (byte) 0x97 })));
		chart.plot(data);
		// every name, however many bars: LibreOffice otherwise leaves out every other one to avoid overlaps
		showEveryName(chart.getCTChart().getPlotArea().getCatAxArray(0));
		labelBars(((XDDFBarChartData.Series) series).getCTBarSer().addNewDLbls(), names.length > 25 ? 700 : 800);
	}

	/**
	 * {@code <c:tickLblSkip val="1"/>} in its place in the axis (before tickMarkSkip, noMultiLvlLbl or extLst),
	 * written with a cursor: poi-ooxml-lite does not ship the schema type of that element.
	 */
	private static void showEveryName(XmlObject axis) {
		try (XmlCursor cursor = axis.newCursor()) {
			boolean placed = false;
			for (String next : new String[] { "tickMarkSkip", "noMultiLvlLbl", "extLst" }) {
				if (cursor.toChild(CHART_NS, next)) {
					placed = true;
					break;
				}
			}
			if (!placed) {
				cursor.toEndToken();
			}
			cursor.beginElement(new QName(CHART_NS, "tickLblSkip", "c"));
			cursor.insertAttributeWithValue("val", "1");
		}
	}

	/** The rate printed at the end of each bar, so the page is read without a ruler. */
	private static void labelBars(CTDLbls labels, int size) {
		labels.addNewNumFmt().setFormatCode("0.0%");
		labels.getNumFmt().setSourceLinked(false);
		CTTextBody text = labels.addNewTxPr();
		text.addNewBodyPr();
		text.addNewLstStyle();
		text.addNewP().addNewPPr().addNewDefRPr().setSz(size);
		labels.addNewDLblPos().setVal(STDLblPos.OUT_END);
		labels.addNewShowLegendKey().setVal(false);
		labels.addNewShowVal().setVal(true);
		labels.addNewShowCatName().setVal(false);
		labels.addNewShowSerName().setVal(false);
		labels.addNewShowPercent().setVal(false);
		labels.addNewShowBubbleSize().setVal(false);
	}

}
