package cn.dingkao.summary;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;

import cn.dingkao.ruling.Cycle;

import org.apache.ibatis.cursor.Cursor;
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

/**
 * One district (or city) summary workbook (spec "District summary workbooks"). Aggregates come from GROUP BY
 * queries; the lists stream from cursors into an SXSSF workbook that keeps only a window of rows in memory.
 */
final class SummaryWorkbook {

	static final String[] OUTCOMES = { "", "合格", "不合格", "未参加", "顺延再次考核" };

	private final SummaryMapper mapper;

	private final Cycle cycle;

	private final SummaryArea area;

	SummaryWorkbook(SummaryMapper mapper, Cycle cycle, SummaryArea area) {
		this.mapper = mapper;
		this.cycle = cycle;
		this.area = area;
	}

	/** Writes the workbook to a temp name beside {@code target} and renames it, replacing an earlier one. */
	void writeTo(Path target) {
		Path temp = target.resolveSibling("." + target.getFileName() + ".tmp");
		try {
			Files.createDirectories(target.getParent());
			try (SXSSFWorkbook workbook = new SXSSFWorkbook(100)) {
				workbook.setCompressTempFiles(true);
				try {
					fill(workbook);
					try (OutputStream out = Files.newOutputStream(temp)) {
						workbook.write(out);
					}
				}
				finally {
					workbook.dispose();
				}
			}
			Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		finally {
			try {
				Files.deleteIfExists(temp);
			}
			catch (IOException ex) {
				// a leftover temp file is overwritten by the next run
			}
		}
	}

	private void fill(SXSSFWorkbook workbook) throws IOException {
		SheetWriter.Styles styles = new SheetWriter.Styles(workbook);
		String district = this.area.district();
		List<Counts> lines = this.area.isCity() ? this.mapper.byDistrict(this.cycle)
				: this.mapper.byInstitution(this.cycle, district);
		Counts total = this.mapper.total(this.cycle, district);

		SheetWriter summary = new SheetWriter(workbook, styles, "汇总", "区划代码", "地区", "名册人数", "应考", "合格", "不合格",
				"未参加", "顺延再次考核", "暂存", "合格率");
		summary.row(this.area.code(), this.area.name(), total.roster(), total.required(), total.passed(), total.failed(),
				total.absent(), total.deferred(), total.hidden(), new SheetWriter.Rate(total.passRate()));
		summary.finish();
		passRateChart(workbook, lines);

		String groupKind = this.area.isCity() ? "区" : "机构";
		SheetWriter detail = new SheetWriter(workbook, styles, "机构明细", this.area.isCity() ? "区划代码" : "机构代码",
				this.area.isCity() ? "区" : "机构名称", "应考", "已报名", "审核通过", "各执业点均已评价", "测评通过", "合格", "不合格", "未参加",
				"顺延再次考核", "暂存", "合格率");
		for (Counts line : lines) {
			detail.row(orEmpty(line.groupCode()), orEmpty(line.groupName()), line.required(), line.submitted(),
					line.approved(), line.rated(), line.examPassed(), line.passed(), line.failed(), line.absent(),
					line.deferred(), line.hidden(), new SheetWriter.Rate(line.passRate()));
		}
		detail.totalRow("合计", lines.size() + " 个" + groupKind, total.required(), total.submitted(), total.approved(),
				total.rated(), total.examPassed(), total.passed(), total.failed(), total.absent(), total.deferred(),
				total.hidden(), new SheetWriter.Rate(total.passRate()));
		detail.finish();

		SheetWriter specialties = new SheetWriter(workbook, styles, "专业分布", "报考专业", "应考", "合格", "不合格", "未参加",
				"顺延再次考核", "暂存", "合格率");
		for (Counts line : this.mapper.bySpecialty(this.cycle, district)) {
			String specialty = line.groupCode() == null || line.groupCode().isBlank() ? "未报名专业" : line.groupCode();
			specialties.row(specialty, line.required(), line.passed(), line.failed(), line.absent(), line.deferred(),
					line.hidden(), new SheetWriter.Rate(line.passRate()));
		}
		specialties.totalRow("合计", total.required(), total.passed(), total.failed(), total.absent(), total.deferred(),
				total.hidden(), new SheetWriter.Rate(total.passRate()));
		specialties.finish();

		writeListed(workbook, styles, district);
		writeExceptions(workbook, styles, district);
	}

	private void writeListed(SXSSFWorkbook workbook, SheetWriter.Styles styles, String district) throws IOException {
		String[] header = { "证件号码", "姓名", "机构代码", "主要执业机构", "区", "考核结果", "原因" };
		String name = "不合格及未参加名单";
		SheetWriter sheet = new SheetWriter(workbook, styles, name, header);
		int part = 1;
		try (Cursor<ListedPhysician> cursor = this.mapper.listed(this.cycle, district)) {
			for (ListedPhysician physician : cursor) {
				if (sheet.rowCount() > SheetWriter.MAX_ROWS) {
					sheet.finish();
					sheet = new SheetWriter(workbook, styles, name + "(" + ++part + ")", header);
				}
				sheet.row(CertMask.mask(physician.certNo()), physician.name(), physician.mainOrgCode(),
						orEmpty(physician.orgName()), physician.districtName(), OUTCOMES[physician.outcomeCode()],
						ReasonTexts.texts(physician.reasons()));
			}
		}
		sheet.finish();
	}

	private void writeExceptions(SXSSFWorkbook workbook, SheetWriter.Styles styles, String district) throws IOException {
		String[] header = { "代码", "说明", "级别", "证件号码", "机构代码", "区", "详情" };
		String name = "数据异常";
		SheetWriter sheet = new SheetWriter(workbook, styles, name, header);
		int part = 1;
		try (Cursor<ExceptionRow> cursor = this.mapper.exceptions(this.cycle, district)) {
			for (ExceptionRow exception : cursor) {
				if (sheet.rowCount() > SheetWriter.MAX_ROWS) {
					sheet.finish();
					sheet = new SheetWriter(workbook, styles, name + "(" + ++part + ")", header);
				}
				sheet.row(exception.code(), ReasonTexts.text(exception.code()),
						"REASON".equals(exception.severity()) ? "原因" : "警告", CertMask.mask(exception.certNo()),
						orEmpty(exception.orgCode()), exception.districtName(), orEmpty(exception.detail()));
			}
		}
		sheet.finish();
	}

	/** A bar chart of 合格率 per line of 机构明细, placed under the totals of 汇总. */
	private void passRateChart(SXSSFWorkbook workbook, List<Counts> lines) {
		List<String> names = new ArrayList<>();
		List<Double> rates = new ArrayList<>();
		for (Counts line : lines) {
			if (line.passRate() != null) {
				names.add(line.groupName() == null || line.groupName().isBlank() ? orEmpty(line.groupCode()) : line.groupName());
				rates.add(line.passRate());
			}
		}
		if (names.isEmpty()) {
			return;
		}
		// SXSSF has no charts of its own; the drawing lives on the XSSF sheet behind the streaming one
		XSSFDrawing drawing = workbook.getXSSFWorkbook().getSheet("汇总").createDrawingPatriarch();
		XSSFChart chart = drawing.createChart(drawing.createAnchor(0, 0, 0, 0, 0, 3, 12, 25));
		chart.setTitleText((this.area.isCity() ? "各区" : "各机构") + "合格率");
		chart.setTitleOverlay(false);
		XDDFCategoryAxis categories = chart.createCategoryAxis(AxisPosition.BOTTOM);
		XDDFValueAxis values = chart.createValueAxis(AxisPosition.LEFT);
		values.setMinimum(0);
		values.setMaximum(1);
		values.setNumberFormat("0%");
		XDDFBarChartData data = (XDDFBarChartData) chart.createData(ChartTypes.BAR, categories, values);
		data.setBarDirection(BarDirection.COL);
		XDDFChartData.Series series = data.addSeries(XDDFDataSourcesFactory.fromArray(names.toArray(String[]::new)),
				XDDFDataSourcesFactory.fromArray(rates.toArray(Double[]::new)));
		series.setTitle("合格率", null);
		chart.plot(data);
	}

	private static String orEmpty(String value) {
		return value == null ? "" : value;
	}

}
