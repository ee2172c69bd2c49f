package cn.dingkao.summary;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import cn.dingkao.ruling.Cycle;

import cn.dingkao.testing.ResultFixtures;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/** The summary job's workbooks, read back with POI; run on H2 and MySQL by the subclasses. */
abstract class SummaryScenarios {

	static final String EVIL = "=HYPERLINK(\"http://x\",\"y\")";

	static final LocalDate DATE = LocalDate.of(2026, 8, 11);

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	JobOperator jobOperator;

	@Autowired
	Job summaryJob;

	Path out;

	@BeforeEach
	void setUp() throws Exception {
		this.out = Files.createTempDirectory("summary");
		ResultFixtures f = new ResultFixtures(this.jdbc, 2026).clear();
		f.institution("ORG-DX-1", "北京市大兴区人民医院", "110115").institution("ORG-DX-2", EVIL, "110115")
			.institution("ORG-CY-1", "北京朝阳医院", "110105");
		f.physician("110115198001010011", "张一", "ORG-DX-1", "110115").insert();
		f.physician("110115198001010012", "张二", "ORG-DX-1", "110115").specialty("外科专业").insert();
		f.physician("110115198001010013", "张三", "ORG-DX-1", "110115").failed("FAIL", "EXAM_FAIL;SIMPLIFIED_INELIGIBLE").insert();
		f.physician("110115198001010014", "张四", "ORG-DX-1", "110115").absent().insert();
		f.physician("110115198001010015", "张五", "ORG-DX-1", "110115").notApproved().insert();
		f.physician("110115198001010016", "张六", "ORG-DX-1", "110115").deferred().insert();
		f.physician("110115198001010017", "张七", "ORG-DX-1", "110115").hidden().insert();
		f.physician("110115198001010018", "李一", "ORG-DX-2", "110115").insert();
		f.physician("M1234567", EVIL, "ORG-DX-2", "110115").certType("MILITARY").notRegistered().insert();
		f.physician("110105198001010021", "王一", "ORG-CY-1", "110105").insert();
		f.physician("110105198001010022", "王二", "ORG-CY-1", "110105").failed("FAIL", "EXAM_FAIL").insert();
		f.physician("H01234567", "陈大文", "ORG-GONE", null).certType("HMT").absent().insert();
		f.exception("INVALID_CERT_NO", "WARN", "110115198001010013", "ORG-DX-1", "110115", "校验位应为 5");
		f.exception("EXAM_WRONG_ORG", "WARN", "110105198001010022", "ORG-CY-1", "110105", null);
		f.exception("UNKNOWN_ORG", "WARN", "H01234567", "ORG-GONE", null, "-1+1");
	}

	@Test
	@DisplayName("spec §District summary workbooks: one per district with physicians plus the city, named <code>_<name>_定考汇总_<date>.xlsx")
	void oneWorkbookPerDistrictAndTheCity() throws Exception {
		runJob();

		assertThat(SummaryFiles.list(this.out, Cycle.regular(2026), DATE)).extracting(path -> path.getFileName().toString())
			.containsExactly("110000_北京市_定考汇总_20260811.xlsx", "110105_朝阳区_定考汇总_20260811.xlsx",
					"110115_大兴区_定考汇总_20260811.xlsx");
	}

	@Test
	@DisplayName("spec §District summary workbooks: totals add up across sheets and agree with the results table; 应考 = roster − 暂存; 合格率 = 合格/(应考−顺延)")
	void totalsAgree() throws Exception {
		runJob();

		assertTotals("110115_大兴区", "r.district_code = '110115'", 2);
		assertTotals("110105_朝阳区", "r.district_code = '110105'", 1);
		assertTotals("110000_北京市", "1 = 1", 3);
		try (XSSFWorkbook workbook = open("110115_大兴区")) {
			Row totals = workbook.getSheet("汇总").getRow(1);
			// roster 9, hidden 1 → 应考 8; 合格 3, 顺延 1 → 3 / 7
			assertThat(numbers(totals, 2, 9)).containsExactly(9L, 8L, 3L, 1L, 3L, 1L, 1L);
			assertThat(totals.getCell(9).getNumericCellValue()).isCloseTo(3.0 / 7, org.assertj.core.data.Offset.offset(1e-9));
			assertThat(totals.getCell(9).getCellStyle().getDataFormatString()).isEqualTo("0.00%");
		}
	}

	@Test
	@DisplayName("spec §District summary workbooks: the city shows districts, physicians with an unknown main org as 未知 (only there)")
	void cityShowsDistrictsAndUnknown() throws Exception {
		runJob();

		try (XSSFWorkbook workbook = open("110000_北京市")) {
			Sheet detail = workbook.getSheet("机构明细");
			assertThat(detail.getRow(0).getCell(1).getStringCellValue()).isEqualTo("区");
			List<String> names = new ArrayList<>();
			for (int i = 1; i <= 3; i++) {
				names.add(detail.getRow(i).getCell(1).getStringCellValue());
			}
			assertThat(names).containsExactly("朝阳区", "大兴区", "未知");
			assertThat(texts(workbook.getSheet("数据异常"), 5)).contains("未知");
		}
		try (XSSFWorkbook workbook = open("110115_大兴区")) {
			assertThat(texts(workbook.getSheet("不合格及未参加名单"), 1)).doesNotContain("陈大文");
		}
	}

	@Test
	@DisplayName("spec §District summary workbooks: 不合格及未参加名单 lists outcomes 2–4 with masked cert_no and reasons in Chinese")
	void listMasksAndExplains() throws Exception {
		runJob();

		try (XSSFWorkbook workbook = open("110115_大兴区")) {
			Sheet list = workbook.getSheet("不合格及未参加名单");
			assertThat(texts(list, 0)).containsExactlyInAnyOrder("110115********0013", "110115********0014",
					"110115********0015", "110115********0016", "****4567");
			Row failed = findRow(list, "110115********0013");
			assertThat(failed.getCell(5).getStringCellValue()).isEqualTo("不合格");
			assertThat(failed.getCell(6).getStringCellValue()).isEqualTo("业务水平测评未通过；不符合简易程序条件");
			assertThat(findRow(list, "110115********0016").getCell(5).getStringCellValue()).isEqualTo("顺延再次考核");
			Sheet exceptions = workbook.getSheet("数据异常");
			assertThat(exceptions.getLastRowNum()).isEqualTo(1);
			assertThat(exceptions.getRow(1).getCell(1).getStringCellValue()).isEqualTo("身份证号码校验位错误");
			assertThat(exceptions.getRow(1).getCell(3).getStringCellValue()).isEqualTo("110115********0013");
		}
	}

	@Test
	@DisplayName("spec §District summary workbooks: a name that looks like a formula is a quote-prefixed text cell shown literally")
	void formulaLookingTextStaysText() throws Exception {
		runJob();

		try (XSSFWorkbook workbook = open("110115_大兴区")) {
			Cell name = findRow(workbook.getSheet("不合格及未参加名单"), "****4567").getCell(1);
			assertThat(name.getCellType()).isEqualTo(CellType.STRING);
			assertThat(name.getStringCellValue()).isEqualTo(EVIL);
			assertThat(name.getCellStyle().getQuotePrefixed()).isTrue();
			Cell org = findRow(workbook.getSheet("机构明细"), "ORG-DX-2").getCell(1);
			assertThat(org.getCellType()).isEqualTo(CellType.STRING);
			assertThat(org.getStringCellValue()).isEqualTo(EVIL);
			assertThat(org.getCellStyle().getQuotePrefixed()).isTrue();
			assertThat(findRow(workbook.getSheet("机构明细"), "ORG-DX-1").getCell(1).getCellStyle().getQuotePrefixed()).isFalse();
		}
	}

	@Test
	@DisplayName("spec §District summary workbooks: Chinese sheets with a frozen header and an auto-filter; 汇总 has a bar chart of 合格率")
	void layout() throws Exception {
		runJob();

		for (String name : new String[] { "110115_大兴区", "110000_北京市" }) {
			try (XSSFWorkbook workbook = open(name)) {
				List<String> sheets = new ArrayList<>();
				workbook.forEach(sheet -> sheets.add(sheet.getSheetName()));
				assertThat(sheets).containsExactly("汇总", "机构明细", "专业分布", "不合格及未参加名单", "数据异常");
				for (Sheet sheet : workbook) {
					XSSFSheet xssf = (XSSFSheet) sheet;
					assertThat(xssf.getPaneInformation()).as(sheet.getSheetName()).isNotNull();
					assertThat(xssf.getPaneInformation().isFreezePane()).isTrue();
					assertThat(xssf.getPaneInformation().getHorizontalSplitPosition()).isEqualTo((short) 1);
					assertThat(xssf.getCTWorksheet().isSetAutoFilter()).as(sheet.getSheetName()).isTrue();
					assertThat(sheet.getColumnWidth(0)).isGreaterThan(4 * 256);
				}
				XSSFSheet summary = workbook.getSheet("汇总");
				assertThat(summary.getDrawingPatriarch().getCharts()).hasSize(1);
				assertThat(summary.getDrawingPatriarch().getCharts().get(0).getChartSeries().get(0).getSeriesCount())
					.isEqualTo(1);
			}
		}
	}

	@Test
	@DisplayName("spec §District summary workbooks: a rerun overwrites the workbooks and leaves no temp file")
	void rerunOverwrites() throws Exception {
		runJob();
		runJob();

		try (var files = Files.list(this.out.resolve("summary/2026"))) {
			assertThat(files.map(path -> path.getFileName().toString())).hasSize(3).noneMatch(n -> n.startsWith("."));
		}
	}

	private void assertTotals(String workbookName, String where, int lines) throws Exception {
		long roster = count(where);
		long hidden = count(where + " AND r.outcome_code = 0");
		long[] outcomes = { 0, count(where + " AND r.outcome_code = 1"), count(where + " AND r.outcome_code = 2"),
				count(where + " AND r.outcome_code = 3"), count(where + " AND r.outcome_code = 4") };
		try (XSSFWorkbook workbook = open(workbookName)) {
			Row totals = workbook.getSheet("汇总").getRow(1);
			assertThat(numbers(totals, 2, 9)).containsExactly(roster, roster - hidden, outcomes[1], outcomes[2],
					outcomes[3], outcomes[4], hidden);
			// 机构明细: 应考 col 2, 合格..暂存 cols 7..11; a 合计 row after the lines
			Sheet detail = workbook.getSheet("机构明细");
			assertThat(detail.getLastRowNum()).isEqualTo(lines + 1);
			assertThat(columnSum(detail, 2, lines)).isEqualTo(roster - hidden);
			for (int c = 0; c < 5; c++) {
				long expected = c < 4 ? outcomes[c + 1] : hidden;
				assertThat(columnSum(detail, 7 + c, lines)).as("机构明细 column " + (7 + c)).isEqualTo(expected);
				assertThat((long) detail.getRow(lines + 1).getCell(7 + c).getNumericCellValue()).isEqualTo(expected);
			}
			Sheet specialties = workbook.getSheet("专业分布");
			int specialtyLines = specialties.getLastRowNum() - 1;
			assertThat(columnSum(specialties, 1, specialtyLines)).isEqualTo(roster - hidden);
			for (int c = 0; c < 5; c++) {
				long expected = c < 4 ? outcomes[c + 1] : hidden;
				assertThat(columnSum(specialties, 2 + c, specialtyLines)).as("专业分布 column " + (2 + c)).isEqualTo(expected);
			}
			assertThat(workbook.getSheet("不合格及未参加名单").getLastRowNum())
				.isEqualTo((int) (outcomes[2] + outcomes[3] + outcomes[4]));
			assertThat(workbook.getSheet("数据异常").getLastRowNum()).isEqualTo(
					this.jdbc.queryForObject("SELECT COUNT(*) FROM ruling_exception r WHERE " + where, Integer.class));
		}
	}

	private long count(String where) {
		return this.jdbc.queryForObject("SELECT COUNT(*) FROM result r WHERE r.cycle_year = 2026 AND " + where, Long.class);
	}

	private static List<Long> numbers(Row row, int from, int to) {
		List<Long> values = new ArrayList<>();
		for (int c = from; c < to; c++) {
			values.add((long) row.getCell(c).getNumericCellValue());
		}
		return values;
	}

	private static long columnSum(Sheet sheet, int column, int lines) {
		long sum = 0;
		for (int r = 1; r <= lines; r++) {
			sum += (long) sheet.getRow(r).getCell(column).getNumericCellValue();
		}
		return sum;
	}

	private static List<String> texts(Sheet sheet, int column) {
		List<String> values = new ArrayList<>();
		for (int r = 1; r <= sheet.getLastRowNum(); r++) {
			values.add(sheet.getRow(r).getCell(column).getStringCellValue());
		}
		return values;
	}

	private static Row findRow(Sheet sheet, String firstCell) {
		for (Row row : sheet) {
			if (firstCell.equals(row.getCell(0).getStringCellValue())) {
				return row;
			}
		}
		throw new AssertionError("no row " + firstCell + " in " + sheet.getSheetName());
	}

	private XSSFWorkbook open(String name) throws Exception {
		try (InputStream in = Files.newInputStream(
				this.out.resolve("summary/2026/" + name + "_定考汇总_20260811.xlsx"))) {
			return new XSSFWorkbook(in);
		}
	}

	private void runJob() throws Exception {
		JobExecution execution = this.jobOperator.start(this.summaryJob, new JobParametersBuilder()
			.addString("cycle", "2026")
			.addLocalDate("date", DATE)
			.addLong("run", System.nanoTime())
			.addString("out", this.out.toString(), false)
			.toJobParameters());
		assertThat(execution.getStatus()).as(execution.getAllFailureExceptions().toString()).isEqualTo(BatchStatus.COMPLETED);
	}

}
