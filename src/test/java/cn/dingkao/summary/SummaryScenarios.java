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
import org.apache.poi.ss.util.AreaReference;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFChart;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.openxmlformats.schemas.drawingml.x2006.chart.CTBarSer;

import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.data.Offset.offset;

/** The summary job's workbooks, read back with POI; run on H2 and MySQL by the subclasses. */
abstract class SummaryScenarios {

	static final String EVIL = "=HYPERLINK(\"http://x\",\"y\")";

	static final LocalDate DATE = LocalDate.of(2026, 8, 11);

	static final String[] SHEETS = { "汇总", "机构明细", "专业分布", "不合格及未参加名单", "数据异常" };

	/** Table sheets: title, subtitle, header, then the data. */
	static final int FIRST_DATA_ROW = 3;

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
		ResultFixtures f = new ResultFixtures(this.jdbc, Cycle.regular(2026)).clear();
		f.institution("ORG-DX-1", "北京市大兴区人民医院", "110115").institution("ORG-DX-2", EVIL, "110115")
			.institution("ORG-CY-1", "北京朝阳医院", "110105");
		f.physician("110115198001010011", "张一", "ORG-DX-1", "110115").insert();
		f.physician("110115198001010012", "张二", "ORG-DX-1", "110115").specialty("外科专业").insert();
		f.physician("110115198001010013", "张三", "ORG-DX-1", "110115").birthDate(LocalDate.of(1980, 2, 3))
			.failed("FAIL", "EXAM_FAIL;SIMPLIFIED_INELIGIBLE").insert();
		f.physician("110115198001010014", "张四", "ORG-DX-1", "110115").absent().insert();
		f.physician("110115198001010015", "张五", "ORG-DX-1", "110115").notApproved().insert();
		f.physician("110115198001010016", "张六", "ORG-DX-1", "110115").deferred().insert();
		f.physician("110115198001010017", "张七", "ORG-DX-1", "110115").hidden().insert();
		f.physician("110115198001010018", "李一", "ORG-DX-2", "110115").insert();
		f.physician("M1234567", EVIL, "ORG-DX-2", "110115").certType("MILITARY").notRegistered().insert();
		f.physician("110105198001010021", "王一", "ORG-CY-1", "110105").insert();
		f.physician("110105198001010022", "王二", "ORG-CY-1", "110105").failed("FAIL", "EXAM_FAIL").insert();
		f.physician("H01234567", "陈大文", "ORG-GONE", null).certType("HMT").absent().insert();
		// details as databases of earlier versions hold them: whole numbers and the birth dates the mask hides
		f.exception("INVALID_CERT_NO", "WARN", "110115198001010013", "ORG-DX-1", "110115",
				"证件号码 110115198001010013 校验位应为 5，出生日期 1980-02-03");
		f.exception("BIRTH_DATE_MISMATCH", "WARN", "110115198001010013", null, "110115",
				"名册出生日期1980年2月3日与证件号码中的19800101不一致；另见110105198001010022");
		f.exception("EXAM_WRONG_ORG", "WARN", "110105198001010022", "ORG-CY-1", "110105", null);
		f.exception("UNKNOWN_ORG", "WARN", "H01234567", "ORG-GONE", null, "-1+1 H01234567");
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

		assertTotals("110115_大兴区", "r.district_code = '110115'", false);
		assertTotals("110105_朝阳区", "r.district_code = '110105'", false);
		assertTotals("110000_北京市", "1 = 1", true);
		try (XSSFWorkbook workbook = open("110115_大兴区")) {
			Sheet summary = workbook.getSheet("汇总");
			// roster 9, hidden 1 → 应考 8; 合格 3, 顺延 1 → 3 / 7
			assertThat(figure(summary, "名册人数")).isEqualTo(9);
			assertThat(figure(summary, "应考")).isEqualTo(8);
			Cell rate = labelled(summary, "合格率").getCell(1);
			assertThat(rate.getNumericCellValue()).isCloseTo(3.0 / 7, offset(1e-9));
			assertThat(rate.getCellStyle().getDataFormatString()).isEqualTo("0.00%");
		}
	}

	@Test
	@DisplayName("spec §District summary workbooks: the city's 机构明细 lists institutions with their district and district subtotals, 未知 apart")
	void cityListsInstitutionsByDistrict() throws Exception {
		runJob();

		try (XSSFWorkbook workbook = open("110000_北京市")) {
			Sheet detail = workbook.getSheet("机构明细");
			assertThat(texts(detail.getRow(2), 3)).containsExactly("区", "机构代码", "机构名称");
			List<String> lines = new ArrayList<>();
			for (int r = FIRST_DATA_ROW; r <= detail.getLastRowNum(); r++) {
				Row row = detail.getRow(r);
				if (row != null && row.getCell(1) != null) {
					lines.add(text(row, 0) + "|" + text(row, 1) + "|" + text(row, 2));
				}
			}
			assertThat(lines).containsExactly("朝阳区|ORG-CY-1|北京朝阳医院", "朝阳区|小计|1 个机构",
					"大兴区|ORG-DX-1|北京市大兴区人民医院", "大兴区|ORG-DX-2|" + EVIL, "大兴区|小计|2 个机构",
					"各区合计||2 个区，3 个机构", "区|机构代码|机构名称", "未知|ORG-GONE|（不在机构名单中）", "未知|小计|1 个机构代码",
					"全市合计||");
			// 未知 is neither a district of the ranking nor a bar of the chart
			Sheet summary = workbook.getSheet("汇总");
			assertThat(rankingNames(summary)).containsExactlyInAnyOrder("朝阳区", "大兴区");
			assertThat(chartSeries(workbook).getCat().getStrRef().getStrCache().getPtList())
				.extracting(pt -> pt.getV())
				.doesNotContain("未知");
			assertThat(texts(workbook.getSheet("数据异常"), 5)).contains("未知");
		}
		try (XSSFWorkbook workbook = open("110115_大兴区")) {
			assertThat(texts(workbook.getSheet("不合格及未参加名单"), 1)).doesNotContain("陈大文");
			assertThat(texts(workbook.getSheet("机构明细").getRow(2), 2)).containsExactly("机构代码", "机构名称");
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
			assertThat(failed.getCell(4).getStringCellValue()).isEqualTo("不合格");
			assertThat(failed.getCell(5).getStringCellValue()).isEqualTo("业务水平测评未通过；不符合简易程序条件");
			assertThat(findRow(list, "110115********0016").getCell(4).getStringCellValue()).isEqualTo("顺延再次考核");
		}
	}

	@Test
	@DisplayName("spec §District summary workbooks: no cell of any workbook holds a full certificate number or the birth date a mask hides, details included")
	void noFullCertificateNumberAnywhere() throws Exception {
		runJob();

		List<String> numbers = this.jdbc.queryForList("SELECT cert_no FROM physician UNION SELECT cert_no FROM result "
				+ "UNION SELECT cert_no FROM ruling_exception WHERE cert_no IS NOT NULL", String.class);
		assertThat(numbers).contains("110115198001010013", "M1234567", "H01234567");
		for (Path file : SummaryFiles.list(this.out, Cycle.regular(2026), DATE)) {
			try (XSSFWorkbook workbook = new XSSFWorkbook(Files.newInputStream(file))) {
				for (Sheet sheet : workbook) {
					for (Row row : sheet) {
						for (Cell cell : row) {
							if (cell.getCellType() != CellType.STRING) {
								continue;
							}
							String text = cell.getStringCellValue();
							for (String number : numbers) {
								assertThat(text).as(file.getFileName() + " " + sheet.getSheetName() + "!"
										+ cell.getAddress()).doesNotContain(number);
							}
							assertThat(text).doesNotContain("1980-02-03", "1980年2月3日", "19800101");
						}
					}
				}
			}
		}
		try (XSSFWorkbook workbook = open("110115_大兴区")) {
			Sheet exceptions = workbook.getSheet("数据异常");
			assertThat(texts(exceptions, 7)).contains("证件号码 110115********0013 校验位应为 5，出生日期 ****-**-**",
					"名册出生日期****-**-**与证件号码中的****-**-**不一致；另见110105********0022");
		}
	}

	@Test
	@DisplayName("spec §District summary workbooks: 错误 for data an office must correct, 警告 otherwise (the code's severity), 错误 first, then by institution; the code in its own column")
	void exceptionsBySeverity() throws Exception {
		runJob();

		try (XSSFWorkbook workbook = open("110000_北京市")) {
			Sheet exceptions = workbook.getSheet("数据异常");
			assertThat(texts(exceptions.getRow(2), 10)).containsExactly("级别", "代码", "问题", "证件号码", "姓名", "区", "机构",
					"来源（文件及行）", "详情", "");
			List<String> rows = new ArrayList<>();
			for (int r = FIRST_DATA_ROW; r <= exceptions.getLastRowNum(); r++) {
				rows.add(text(exceptions.getRow(r), 0) + " " + text(exceptions.getRow(r), 1) + " "
						+ text(exceptions.getRow(r), 2));
			}
			assertThat(rows).containsExactly("错误 BIRTH_DATE_MISMATCH 出生日期与身份证号码不一致",
					"错误 INVALID_CERT_NO 身份证号码校验位错误", "错误 UNKNOWN_ORG 机构代码不存在",
					"警告 EXAM_WRONG_ORG 业务水平测评不在申请的考核机构");
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
	@DisplayName("spec §District summary workbooks: every sheet has a title (area, cycle, data date), prints one page wide on A4 with its header rows repeated and page X of Y in the footer, frozen below the header")
	void printableReports() throws Exception {
		runJob();

		for (String name : new String[] { "110115_大兴区", "110000_北京市" }) {
			String area = name.substring(7);
			try (XSSFWorkbook workbook = open(name)) {
				List<String> sheets = new ArrayList<>();
				workbook.forEach(sheet -> sheets.add(sheet.getSheetName()));
				assertThat(sheets).containsExactly(SHEETS);
				for (Sheet sheet : workbook) {
					String at = name + " " + sheet.getSheetName();
					assertThat(text(sheet.getRow(0), 0)).as(at)
						.isEqualTo(area + " 2026年度医师定期考核 · " + sheet.getSheetName());
					assertThat(text(sheet.getRow(1), 0)).as(at).startsWith("数据截至 2026年8月11日");
					XSSFSheet xssf = (XSSFSheet) sheet;
					assertThat(xssf.getFitToPage()).as(at).isTrue();
					assertThat(sheet.getPrintSetup().getFitWidth()).as(at).isEqualTo((short) 1);
					assertThat(sheet.getPrintSetup().getFitHeight()).as(at).isEqualTo((short) 0);
					assertThat(sheet.getPrintSetup().getPaperSize()).as(at).isEqualTo((short) 9);
					assertThat(sheet.getRepeatingRows()).as(at).isNotNull();
					assertThat(sheet.getRepeatingRows().getFirstRow()).as(at).isZero();
					assertThat(sheet.getFooter().getCenter()).as(at).isEqualTo("第 &P 页 / 共 &N 页");
					assertThat(sheet.getFooter().getRight()).as(at).isEqualTo("数据截至 2026年8月11日");
					assertThat(xssf.getPaneInformation().isFreezePane()).as(at).isTrue();
					assertThat((int) xssf.getPaneInformation().getHorizontalSplitPosition()).as(at)
						.isEqualTo(sheet.getRepeatingRows().getLastRow() + 1);
					if (!sheet.getSheetName().equals("汇总")) {
						// the header is the last repeated row, its number headers right-aligned
						Row header = sheet.getRow(sheet.getRepeatingRows().getLastRow());
						assertThat(text(header, 0)).as(at).isNotEmpty();
						for (Cell cell : header) {
							boolean numeric = List.of("应考", "合格", "合格率", "暂存").contains(cell.getStringCellValue());
							if (numeric) {
								assertThat(cell.getCellStyle().getAlignment().name()).as(at + " " + cell.getStringCellValue())
									.isEqualTo("RIGHT");
							}
						}
					}
				}
				assertThat(workbook.getSheet("机构明细").getPrintSetup().getLandscape()).isTrue();
				assertThat(workbook.getSheet("汇总").getPrintSetup().getLandscape()).isFalse();
				assertThat(((XSSFSheet) workbook.getSheet("数据异常")).getCTWorksheet().isSetAutoFilter()).isTrue();
			}
		}
	}

	@Test
	@DisplayName("spec §District summary workbooks: the chart of 合格率 takes its numbers from the sheet's cells, lowest rate first")
	void chartReferencesCells() throws Exception {
		runJob();

		for (String name : new String[] { "110115_大兴区", "110000_北京市" }) {
			try (XSSFWorkbook workbook = open(name)) {
				XSSFSheet summary = workbook.getSheet("汇总");
				CTBarSer series = chartSeries(workbook);
				assertThat(series.getVal().isSetNumRef()).isTrue();
				assertThat(series.getCat().isSetStrRef()).isTrue();
				List<Double> rates = cellValues(workbook, series.getVal().getNumRef().getF());
				List<String> names = cellTexts(workbook, series.getCat().getStrRef().getF());
				assertThat(names).isEqualTo(rankingNames(summary));
				assertThat(rates).isSorted().hasSameSizeAs(names);
				assertThat(series.getVal().getNumRef().getNumCache().getPtList()).extracting(pt -> Double.valueOf(pt.getV()))
					.isEqualTo(rates);
				assertThat(series.getVal().getNumRef().getF()).contains("汇总").contains("!$E$");
				assertThat(series.getCat().getStrRef().getF()).contains("汇总").contains("!$A$");
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

	@Test
	@DisplayName("issue 26: a night on which nothing a workbook shows changed copies the last night's workbooks with the new date — the same as writing them anew, a date in the data left alone")
	void unchangedNightCopiesTheWorkbooks() throws Exception {
		// a name that holds a subtitle's very words: only the subtitle and the footer carry the date
		this.jdbc.update("UPDATE institution SET org_name = ? WHERE org_code = 'ORG-CY-1'", "数据截至 2026年8月11日");
		LocalDate next = DATE.plusDays(1);
		runJob(DATE, this.out);
		runJob(next, this.out);
		Path fresh = Files.createTempDirectory("summary-fresh");
		runJob(next, fresh);

		for (Path copied : SummaryFiles.list(this.out, Cycle.regular(2026), next)) {
			Path written = fresh.resolve("summary/2026").resolve(copied.getFileName());
			Path earlier = copied.resolveSibling(copied.getFileName().toString().replace("20260812", "20260811"));
			assertThat(entries(copied)).as(copied.getFileName() + " against a workbook written anew")
				.isEqualTo(entries(written));
			// copied, not written: a workbook written anew has a creation time of its own
			assertThat(entry(copied, "docProps/core.xml")).isEqualTo(entry(earlier, "docProps/core.xml"));
		}
		try (XSSFWorkbook workbook = open("110105_朝阳区", next)) {
			for (String name : SHEETS) {
				Sheet sheet = workbook.getSheet(name);
				assertThat(text(sheet.getRow(1), 0)).startsWith("数据截至 2026年8月12日");
				assertThat(sheet.getFooter().getRight()).isEqualTo("数据截至 2026年8月12日");
			}
			Row line = labelled(workbook.getSheet("机构明细"), "ORG-CY-1");
			assertThat(text(line, 1)).isEqualTo("数据截至 2026年8月11日");
		}
	}

	@Test
	@DisplayName("issue 26: a result changed since the last night, or a workbook of the last night changed on disk, and the workbooks are written anew")
	void changesAreWrittenAnew() throws Exception {
		LocalDate next = DATE.plusDays(1);
		runJob(DATE, this.out);
		// the ruling writes a changed result with a new version, its run and its time
		this.jdbc.update("UPDATE result SET name = '张一改', version = version + 1, run_id = 2, updated_at = ? "
				+ "WHERE cert_no = '110115198001010011'", java.time.LocalDateTime.now());
		runJob(next, this.out);
		try (XSSFWorkbook workbook = open("110115_大兴区", next)) {
			assertThat(text(workbook.getSheet("汇总").getRow(1), 0)).startsWith("数据截至 2026年8月12日");
		}
		assertThat(this.jdbc.queryForObject("SELECT COUNT(DISTINCT basis) FROM summary_output", Integer.class))
			.isEqualTo(2);

		// the next night's 大兴区 workbook replaced by 朝阳区's: what is on disk is no longer what was written
		Path daxing = SummaryFiles.path(this.out, Cycle.regular(2026), next, new SummaryArea("110115", "大兴区"));
		Files.copy(SummaryFiles.path(this.out, Cycle.regular(2026), next, new SummaryArea("110105", "朝阳区")), daxing,
				java.nio.file.StandardCopyOption.REPLACE_EXISTING);
		LocalDate third = next.plusDays(1);
		runJob(third, this.out);
		Path fresh = Files.createTempDirectory("summary-fresh");
		runJob(third, fresh);
		Path copied = SummaryFiles.path(this.out, Cycle.regular(2026), third, new SummaryArea("110115", "大兴区"));
		assertThat(entries(copied)).isEqualTo(entries(fresh.resolve("summary/2026").resolve(copied.getFileName())));
	}

	/** The entries of a workbook and their content, but the creation time POI writes into docProps/core.xml. */
	static java.util.Map<String, String> entries(Path workbook) throws Exception {
		java.util.Map<String, String> entries = new java.util.LinkedHashMap<>();
		try (java.util.zip.ZipFile zip = new java.util.zip.ZipFile(workbook.toFile())) {
			for (java.util.zip.ZipEntry entry : java.util.Collections.list(zip.entries())) {
				if (!entry.getName().equals("docProps/core.xml")) {
					entries.put(entry.getName(), new String(zip.getInputStream(entry).readAllBytes(),
							java.nio.charset.StandardCharsets.UTF_8));
				}
			}
		}
		return entries;
	}

	static byte[] entry(Path workbook, String name) throws Exception {
		try (java.util.zip.ZipFile zip = new java.util.zip.ZipFile(workbook.toFile())) {
			return zip.getInputStream(zip.getEntry(name)).readAllBytes();
		}
	}

	private void assertTotals(String workbookName, String where, boolean city) throws Exception {
		long roster = count(where);
		long hidden = count(where + " AND r.outcome_code = 0");
		long[] outcomes = { 0, count(where + " AND r.outcome_code = 1"), count(where + " AND r.outcome_code = 2"),
				count(where + " AND r.outcome_code = 3"), count(where + " AND r.outcome_code = 4") };
		try (XSSFWorkbook workbook = open(workbookName)) {
			Sheet summary = workbook.getSheet("汇总");
			assertThat(figure(summary, "名册人数")).isEqualTo(roster);
			assertThat(figure(summary, "暂存（不计入应考）")).isEqualTo(hidden);
			assertThat(figure(summary, "应考")).isEqualTo(roster - hidden);
			assertThat(figure(summary, "合格")).isEqualTo(outcomes[1]);
			assertThat(figure(summary, "不合格")).isEqualTo(outcomes[2]);
			assertThat(figure(summary, "未参加")).isEqualTo(outcomes[3]);
			assertThat(figure(summary, "顺延再次考核")).isEqualTo(outcomes[4]);

			// 机构明细: 应考 and 合格..暂存 over the institution lines, the subtotals and the total
			Sheet detail = workbook.getSheet("机构明细");
			int shift = city ? 1 : 0;
			long[] lines = new long[13];
			long[] subtotals = new long[13];
			Row total = null;
			for (int r = FIRST_DATA_ROW; r <= detail.getLastRowNum(); r++) {
				Row row = detail.getRow(r);
				if (row == null || row.getCell(1 + shift) == null) {
					continue;
				}
				String code = text(row, shift);
				String first = text(row, 0);
				long[] target = code.equals("小计") ? subtotals : code.equals("机构代码") ? null : lines;
				if (first.equals("合计") || first.equals("全市合计")) {
					total = row;
					continue;
				}
				if (first.equals("各区合计") || target == null) {
					continue;
				}
				for (int c = 0; c < 11; c++) {
					target[c] += (long) row.getCell(2 + shift + c).getNumericCellValue();
				}
			}
			assertThat(total).as(workbookName + " 机构明细 total").isNotNull();
			long[] expected = { roster - hidden, outcomes[1], outcomes[2], outcomes[3], outcomes[4], hidden };
			int[] columns = { 0, 5, 6, 7, 8, 9 };
			for (int i = 0; i < expected.length; i++) {
				int c = columns[i];
				assertThat(lines[c]).as(workbookName + " 机构明细 column " + c).isEqualTo(expected[i]);
				assertThat((long) total.getCell(2 + shift + c).getNumericCellValue()).isEqualTo(expected[i]);
				if (city) {
					assertThat(subtotals[c]).as("district and 未知 subtotals").isEqualTo(expected[i]);
				}
			}

			Sheet specialties = workbook.getSheet("专业分布");
			long[] bySpecialty = new long[6];
			for (int r = FIRST_DATA_ROW; r < specialties.getLastRowNum(); r++) {
				for (int c = 0; c < 6; c++) {
					bySpecialty[c] += (long) specialties.getRow(r).getCell(1 + c).getNumericCellValue();
				}
			}
			assertThat(bySpecialty).containsExactly(expected);
			assertThat(text(specialties.getRow(specialties.getLastRowNum()), 0)).isEqualTo("合计");

			assertThat(workbook.getSheet("不合格及未参加名单").getLastRowNum() - FIRST_DATA_ROW + 1)
				.isEqualTo((int) (outcomes[2] + outcomes[3] + outcomes[4]));
			assertThat(workbook.getSheet("数据异常").getLastRowNum() - FIRST_DATA_ROW + 1).isEqualTo(
					this.jdbc.queryForObject("SELECT COUNT(*) FROM ruling_exception r WHERE " + where, Integer.class));
		}
	}

	private long count(String where) {
		return this.jdbc.queryForObject("SELECT COUNT(*) FROM result r WHERE r.cycle_year = '2026' AND " + where, Long.class);
	}

	/** A number of 汇总's 考核结果 table, by its label. */
	static long figure(Sheet summary, String label) {
		return (long) labelled(summary, label).getCell(1).getNumericCellValue();
	}

	static Row labelled(Sheet sheet, String label) {
		for (Row row : sheet) {
			if (label.equals(text(row, 0))) {
				return row;
			}
		}
		throw new AssertionError("no row " + label + " in " + sheet.getSheetName());
	}

	/** The names of 汇总's ranking (the table under its 合格率 header), top to bottom. */
	static List<String> rankingNames(Sheet summary) {
		List<String> names = new ArrayList<>();
		boolean inRanking = false;
		for (Row row : summary) {
			if (inRanking && row.getCell(4) != null && row.getCell(4).getCellType() == CellType.NUMERIC) {
				names.add(text(row, 0));
			}
			if ("合格率".equals(text(row, 4))) {
				inRanking = true;
			}
		}
		return names;
	}

	static CTBarSer chartSeries(XSSFWorkbook workbook) {
		List<XSSFChart> charts = workbook.getSheet("汇总").getDrawingPatriarch().getCharts();
		assertThat(charts).hasSize(1);
		return charts.get(0).getCTChart().getPlotArea().getBarChartArray(0).getSerArray(0);
	}

	static List<Double> cellValues(XSSFWorkbook workbook, String range) {
		List<Double> values = new ArrayList<>();
		for (CellReference ref : new AreaReference(range, workbook.getSpreadsheetVersion()).getAllReferencedCells()) {
			values.add(workbook.getSheet(ref.getSheetName()).getRow(ref.getRow()).getCell(ref.getCol()).getNumericCellValue());
		}
		return values;
	}

	static List<String> cellTexts(XSSFWorkbook workbook, String range) {
		List<String> values = new ArrayList<>();
		for (CellReference ref : new AreaReference(range, workbook.getSpreadsheetVersion()).getAllReferencedCells()) {
			values.add(workbook.getSheet(ref.getSheetName()).getRow(ref.getRow()).getCell(ref.getCol()).getStringCellValue());
		}
		return values;
	}

	static String text(Row row, int column) {
		Cell cell = row == null ? null : row.getCell(column);
		return cell == null || cell.getCellType() != CellType.STRING ? "" : cell.getStringCellValue();
	}

	private static List<String> texts(Row row, int count) {
		List<String> values = new ArrayList<>();
		for (int c = 0; c < count; c++) {
			values.add(text(row, c));
		}
		return values;
	}

	private static List<String> texts(Sheet sheet, int column) {
		List<String> values = new ArrayList<>();
		for (int r = FIRST_DATA_ROW; r <= sheet.getLastRowNum(); r++) {
			values.add(text(sheet.getRow(r), column));
		}
		return values;
	}

	private static Row findRow(Sheet sheet, String firstCell) {
		for (Row row : sheet) {
			if (firstCell.equals(text(row, 0))) {
				return row;
			}
		}
		throw new AssertionError("no row " + firstCell + " in " + sheet.getSheetName());
	}

	private XSSFWorkbook open(String name) throws Exception {
		return open(name, DATE);
	}

	private XSSFWorkbook open(String name, LocalDate date) throws Exception {
		try (InputStream in = Files.newInputStream(this.out.resolve("summary/2026/" + name + "_定考汇总_"
				+ date.format(java.time.format.DateTimeFormatter.BASIC_ISO_DATE) + ".xlsx"))) {
			return new XSSFWorkbook(in);
		}
	}

	void runJob() throws Exception {
		runJob(DATE, this.out);
	}

	void runJob(LocalDate date, Path out) throws Exception {
		JobExecution execution = this.jobOperator.start(this.summaryJob, new JobParametersBuilder()
			.addString("cycle", "2026")
			.addLocalDate("date", date)
			.addLong("run", System.nanoTime())
			.addString("out", out.toString(), false)
			.toJobParameters());
		assertThat(execution.getStatus()).as(execution.getAllFailureExceptions().toString()).isEqualTo(BatchStatus.COMPLETED);
	}

}
