package cn.dingkao.ingest;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

import cn.dingkao.batch.FailureReason;
import cn.dingkao.batch.JobRunner;
import cn.dingkao.batch.RunParameters;
import cn.dingkao.testing.FunctionalTest;
import cn.dingkao.testing.Tables;

import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * spec §Bad input, issue 10: a corpus of broken roster files, each given to the same night in turn. Each is
 * refused with a clear reason naming the file, the night fails before the ruling, and nothing of the file is
 * kept; once the file is replaced, the same night (the same job instance, restarted) completes with the feed of
 * a clean run, byte for byte. (Broken files that are imported with exactly their bad rows rejected are in
 * {@link ImportJobScenarios}.)
 */
@FunctionalTest
class BrokenInputNightlyTests {

	static final LocalDate NIGHT = LocalDate.of(2026, 8, 11);

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	JobRunner runner;

	@Autowired
	@Qualifier("nightlyJob")
	Job nightlyJob;

	@TempDir
	Path folder;

	record Broken(String name, String file, byte[] content, String reason) {
	}

	/** The night starts from nothing, whatever the shared database kept from other tests. */
	@BeforeEach
	void freshNight() {
		resetDatabase();
	}

	@Test
	@DisplayName("spec §Bad input: wrong header, over the reject limit, text named .xlsx, binary junk, zip bomb, open quote, empty file — each refused, nothing kept; replaced → the same night completes with a clean run's feed")
	void brokenFilesRefusedThenReplaced() throws Exception {
		Path input = copySample(this.folder.resolve("input"));
		byte[] roster = Files.readAllBytes(input.resolve("roster.csv"));
		List<String> lines = Files.readAllLines(input.resolve("roster.csv"), FileFingerprintCharset.of(roster));
		List<Broken> corpus = List.of(
				new Broken("wrong header", "roster.csv", gb18030("cert_type,cert_no,name,nickname\nRESIDENT,1,张三,三\n"),
						"表头不符"),
				new Broken("over the reject limit", "roster.csv", gb18030(tooManyBadTypes(lines)), "超过上限"),
				new Broken("a text file named .xlsx", "roster.xlsx", roster, "XLSX"),
				new Broken("binary junk", "roster.csv", junk(), "not CSV"),
				new Broken("a zip bomb", "roster.xlsx", zipBomb(), "XLSX"),
				new Broken("a quote left open on line 6", "roster.csv", gb18030(openQuote(lines)), "超过上限"),
				new Broken("an empty file", "roster.csv", new byte[0], "empty file"));

		Path out = this.folder.resolve("out");
		JobExecution first = null;
		for (Broken broken : corpus) {
			Files.deleteIfExists(input.resolve("roster.csv"));
			Files.deleteIfExists(input.resolve("roster.xlsx"));
			Files.write(input.resolve(broken.file()), broken.content());
			JobExecution night = night(input, out);
			assertThat(night.getStatus()).as(broken.name()).isEqualTo(BatchStatus.FAILED);
			if (first == null) {
				first = night;
			}
			assertThat(night.getJobInstanceId()).as("the same night, restarted").isEqualTo(first.getJobInstanceId());
			assertThat(night.getExitStatus().getExitDescription()).as(broken.name())
				.contains("import.roster")
				.contains(broken.file())
				.contains(broken.reason())
				.doesNotContain("\n");
			assertThat(FailureReason.refusedInput(night)).as(broken.name()).isTrue();
			assertThat(night.getStepExecutions()).extracting(step -> step.getStepName()).doesNotContain("rule.start");
			assertThat(count("select count(*) from physician")).as(broken.name() + ": nothing kept").isZero();
			assertThat(count("select count(*) from stage_physician")).isZero();
			assertThat(this.jdbc.queryForObject("select status from import_file where kind = 'roster' order by id desc"
					+ " limit 1", String.class)).isEqualTo("REFUSED");
		}
		assertThat(this.jdbc.queryForList("select concat(line_no, ':', reason_en) from import_reject r join import_file f"
				+ " on f.id = r.file_id where f.kind = 'roster' and r.line_no <= 7 and f.file_name = 'roster.csv'"
				+ " and r.reason_en like '%quote%' order by r.line_no", String.class))
			.contains("6:the quote opened on line 6 is never closed: it swallows every line after it",
					"7:swallowed by the quote left open on line 6");

		Files.deleteIfExists(input.resolve("roster.xlsx"));
		Files.write(input.resolve("roster.csv"), roster);
		JobExecution replaced = night(input, out);
		assertThat(replaced.getStatus()).isEqualTo(BatchStatus.COMPLETED);
		assertThat(replaced.getJobInstanceId()).isEqualTo(first.getJobInstanceId());
		byte[] feed = Files.readAllBytes(feedCsv(out));

		resetDatabase();
		Path cleanOut = this.folder.resolve("clean-out");
		assertThat(night(copySample(this.folder.resolve("clean-input")), cleanOut).getStatus())
			.isEqualTo(BatchStatus.COMPLETED);
		assertThat(feed).isEqualTo(Files.readAllBytes(feedCsv(cleanOut)));
	}

	JobExecution night(Path input, Path out) throws Exception {
		return this.runner.run(this.nightlyJob, RunParameters.of(cn.dingkao.ruling.Cycle.regular(2026), NIGHT, input, out).toJobParameters(), false)
			.execution();
	}

	long count(String sql) {
		return this.jdbc.queryForObject(sql, Long.class);
	}

	void resetDatabase() {
		Tables.empty(this.jdbc);
		for (String table : List.of("BATCH_STEP_EXECUTION_CONTEXT", "BATCH_STEP_EXECUTION", "BATCH_JOB_EXECUTION_CONTEXT",
				"BATCH_JOB_EXECUTION_PARAMS", "BATCH_JOB_EXECUTION", "BATCH_JOB_INSTANCE")) {
			this.jdbc.update("delete from " + table);
		}
	}

	static Path copySample(Path target) throws IOException {
		Files.createDirectories(target);
		try (Stream<Path> files = Files.list(Path.of("sample-input"))) {
			for (Path file : files.filter(f -> f.toString().endsWith(".csv") || f.toString().endsWith(".xlsx")).toList()) {
				if (!file.getFileName().toString().startsWith("expected")) {
					Files.copy(file, target.resolve(file.getFileName()));
				}
			}
		}
		return target;
	}

	static Path feedCsv(Path out) {
		return out.resolve("feed/2026/DK_2026_20260811_0001.csv");
	}

	static byte[] gb18030(String text) {
		return text.getBytes(FileFingerprintCharset.GB18030);
	}

	/** Every 15th physician's cert_type made unknown: about 7 % of the lines, over max(10, 1 %). */
	static String tooManyBadTypes(List<String> lines) {
		StringBuilder csv = new StringBuilder(lines.get(0)).append('\n');
		for (int i = 1; i < lines.size(); i++) {
			String line = lines.get(i);
			csv.append(i % 15 == 0 ? "ALIEN" + line.substring(line.indexOf(',')) : line).append('\n');
		}
		return csv.toString();
	}

	/** A quote opened on line 6 and never closed: the 300-odd lines after it are swallowed. */
	static String openQuote(List<String> lines) {
		StringBuilder csv = new StringBuilder();
		for (int i = 0; i < lines.size(); i++) {
			String line = lines.get(i);
			csv.append(i == 5 ? line.replaceFirst(",", ",\"") : line).append('\n');
		}
		return csv.toString();
	}

	static byte[] junk() {
		byte[] bytes = new byte[64 * 1024];
		new Random(7).nextBytes(bytes);
		return bytes;
	}

	/** A real workbook whose sheet part inflates from about 100 KB to 100 MB. */
	static byte[] zipBomb() throws IOException {
		ByteArrayOutputStream workbook = new ByteArrayOutputStream();
		try (XSSFWorkbook book = new XSSFWorkbook()) {
			book.createSheet("名单").createRow(0).createCell(0).setCellValue("cert_type");
			book.write(workbook);
		}
		ByteArrayOutputStream bomb = new ByteArrayOutputStream();
		try (ZipInputStream in = new ZipInputStream(new java.io.ByteArrayInputStream(workbook.toByteArray()));
				ZipOutputStream zip = new ZipOutputStream(bomb)) {
			for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
				zip.putNextEntry(new ZipEntry(entry.getName()));
				if (entry.getName().equals("xl/worksheets/sheet1.xml")) {
					writeBombSheet(zip);
				}
				else {
					in.transferTo(zip);
				}
				zip.closeEntry();
			}
		}
		return bomb.toByteArray();
	}

	private static void writeBombSheet(OutputStream zip) throws IOException {
		zip.write("<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>"
			.getBytes(StandardCharsets.UTF_8));
		byte[] spaces = new byte[1 << 20];
		java.util.Arrays.fill(spaces, (byte) ' ');
		for (int i = 0; i < 100; i++) {
			zip.write(spaces);
		}
		zip.write("</sheetData></worksheet>".getBytes(StandardCharsets.UTF_8));
	}

	/** The sample roster is GB18030 (as Excel in China writes it). */
	static final class FileFingerprintCharset {

		static final java.nio.charset.Charset GB18030 = java.nio.charset.Charset.forName("GB18030");

		static java.nio.charset.Charset of(byte[] bytes) {
			try {
				StandardCharsets.UTF_8.newDecoder().decode(java.nio.ByteBuffer.wrap(bytes));
				return StandardCharsets.UTF_8;
			}
			catch (java.nio.charset.CharacterCodingException ex) {
				return GB18030;
			}
		}

	}

}
