package cn.dingkao.summary;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import cn.dingkao.ruling.Cycle;
import cn.dingkao.testing.FunctionalTest;
import cn.dingkao.testing.ResultFixtures;

import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Assumptions;
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
import org.springframework.util.FileSystemUtils;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The workbooks as a district office prints them: a district with 35 institutions and the city, rendered by
 * LibreOffice headless to PDF. The page count must stay near one page per screenful of rows (a sheet split over
 * pages by its columns, or printed without fit-to-width, multiplies it), and the pages are written as PNG under
 * {@code target/summary-print/} for a person to look at. Skips, saying so, where LibreOffice or poppler is absent.
 */
@FunctionalTest
class SummaryPrintFunctionalTests {

	/** Rows a printed page holds at least, title and repeated header included (a screenful). */
	static final int ROWS_PER_PAGE = 25;

	static final LocalDate DATE = LocalDate.of(2026, 8, 11);

	static final Path PRINTS = Path.of("target", "summary-print");

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	JobOperator jobOperator;

	@Autowired
	Job summaryJob;

	@BeforeEach
	void setUp() {
		ResultFixtures f = new ResultFixtures(this.jdbc, Cycle.regular(2026)).clear();
		String[] kinds = { "社区卫生服务中心", "医院", "中医医院", "妇幼保健院", "口腔医院", "中西医结合医院", "诊所" };
		int physician = 0;
		for (int org = 1; org <= 35; org++) {
			String code = String.format("PDY%05dX11011511A%04d", 10000 + org, org);
			String name = org % 5 == 0 ? "北京市大兴区西红门镇第" + org + "社区卫生服务中心（分中心）"
					: "北京市大兴区第" + org + kinds[org % kinds.length];
			f.institution(code, name, "110115");
			for (int i = 0; i < 8 + org % 23; i++) {
				insert(f, ++physician, code, "110115");
			}
		}
		for (int org = 1; org <= 6; org++) {
			String code = String.format("PDY%05dX11010511A%04d", 20000 + org, org);
			f.institution(code, "北京市朝阳区第" + org + kinds[org % kinds.length], "110105");
			for (int i = 0; i < 20; i++) {
				insert(f, ++physician, code, "110105");
			}
		}
		for (int i = 0; i < 3; i++) {
			insert(f, ++physician, "PDY99999X11019911A9999", null);
		}
		String[] codes = { "EXAM_BEFORE_EVALUATION", "INVALID_CERT_NO", "EVALUATION_AFTER_CLOSE", "DUPLICATE_APPLICATION",
				"SIMPLIFIED_INELIGIBLE" };
		for (int i = 1; i <= 60; i++) {
			f.exception(codes[i % codes.length], "WARN", certNo(i * 7), null, "110115", "测评记录（exam_attempts.csv 第 "
					+ (i * 3) + " 行，网上考核第1次，通过，2026-07-0" + (i % 9 + 1) + " 10:00:00）参加时尚有执业机构未完成评价，"
					+ "请机构核实评价时间后重新提交");
		}
	}

	private static void insert(ResultFixtures f, int n, String org, String district) {
		ResultFixtures.Physician p = f.physician(certNo(n), "医师" + n, org, district);
		switch (n % 12) {
			case 0 -> p.failed("FAIL", "EXAM_FAIL;SIMPLIFIED_INELIGIBLE");
			case 1 -> p.absent();
			case 2 -> p.deferred();
			case 3 -> p.hidden();
			case 4 -> p.notApproved();
			default -> p.passed();
		}
		p.insert();
	}

	static String certNo(int n) {
		return String.format("1101151970%02d%02d%04d", n % 12 + 1, n % 28 + 1, n);
	}

	@Test
	@DisplayName("spec §District summary workbooks: a district of 35 institutions and the city print one page wide, about one page per screenful of rows (LibreOffice headless)")
	void printsAsReports() throws Exception {
		Assumptions.assumeTrue(onPath("soffice"),
				"LibreOffice (soffice) is not installed: apt-get install libreoffice-calc — the print test is skipped");
		Assumptions.assumeTrue(onPath("pdfinfo") && onPath("pdftoppm"),
				"poppler-utils (pdfinfo, pdftoppm) are not installed — the print test is skipped");
		Path out = Files.createTempDirectory("summary-print");
		JobExecution execution = this.jobOperator.start(this.summaryJob, new JobParametersBuilder()
			.addString("cycle", "2026")
			.addLocalDate("date", DATE)
			.addLong("run", System.nanoTime())
			.addString("out", out.toString(), false)
			.toJobParameters());
		assertThat(execution.getStatus()).isEqualTo(BatchStatus.COMPLETED);
		Files.createDirectories(PRINTS);

		for (String name : new String[] { "110115_大兴区", "110000_北京市" }) {
			Path workbook = out.resolve("summary/2026/" + name + "_定考汇总_20260811.xlsx");
			int screenfuls = 0;
			int sheets = 0;
			try (InputStream in = Files.newInputStream(workbook); XSSFWorkbook read = new XSSFWorkbook(in)) {
				for (Sheet sheet : read) {
					sheets++;
					screenfuls += (sheet.getLastRowNum() + ROWS_PER_PAGE) / ROWS_PER_PAGE;
				}
			}
			try (var old = Files.list(PRINTS)) {
				for (Path file : old.filter(file -> file.getFileName().toString().startsWith(name)).toList()) {
					Files.delete(file);
				}
			}
			Path pdf = render(workbook, PRINTS);
			int pages = pages(pdf);
			run(List.of("pdftoppm", "-png", "-r", "60", pdf.toString(), PRINTS.resolve(name).toString()));
			System.out.printf("%s: %d pages for %d sheets (%d screenfuls of %d rows); PNG pages in %s%n", name, pages,
					sheets, screenfuls, ROWS_PER_PAGE, PRINTS.toAbsolutePath());
			assertThat(pages).as(name + " pages").isBetween(sheets, screenfuls);
		}
		FileSystemUtils.deleteRecursively(out);
	}

	/** soffice with a profile of its own, so that it runs beside a LibreOffice the user has open. */
	private static Path render(Path workbook, Path folder) throws Exception {
		Path profile = Files.createTempDirectory("soffice-profile");
		run(List.of("soffice", "-env:UserInstallation=" + profile.toUri(), "--headless", "--convert-to", "pdf",
				"--outdir", folder.toString(), workbook.toString()));
		String file = workbook.getFileName().toString().replaceAll("\\.xlsx$", ".pdf");
		Path pdf = folder.resolve(file);
		assertThat(pdf).exists();
		return pdf;
	}

	private static int pages(Path pdf) throws Exception {
		Matcher matcher = Pattern.compile("(?m)^Pages:\\s+(\\d+)").matcher(run(List.of("pdfinfo", pdf.toString())));
		assertThat(matcher.find()).as("pdfinfo names the page count").isTrue();
		return Integer.parseInt(matcher.group(1));
	}

	private static String run(List<String> command) throws IOException, InterruptedException {
		Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
		byte[] output = process.getInputStream().readAllBytes();
		assertThat(process.waitFor(180, TimeUnit.SECONDS)).as(command.get(0) + " finished").isTrue();
		String text = new String(output, StandardCharsets.UTF_8);
		assertThat(process.exitValue()).as(command + ": " + text).isZero();
		return text;
	}

	private static boolean onPath(String program) {
		for (String dir : System.getenv().getOrDefault("PATH", "").split(java.io.File.pathSeparator)) {
			if (Files.isExecutable(Path.of(dir, program))) {
				return true;
			}
		}
		return false;
	}

}
