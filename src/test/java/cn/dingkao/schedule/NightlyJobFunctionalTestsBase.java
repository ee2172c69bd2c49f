package cn.dingkao.schedule;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import cn.dingkao.ruling.Cycle;

import cn.dingkao.batch.JobRunner;
import cn.dingkao.batch.StepCatalog;
import cn.dingkao.summary.SummaryFiles;
import cn.dingkao.testing.Tables;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobInstance;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The {@code nightly} job on sample-input: import → rule → summary → feed, the feed only after CLOSE, a
 * completed night not repeated, and a night that dies in the middle of the summary restarted to the same
 * workbooks, the same feed and one delivery.
 */
abstract class NightlyJobFunctionalTestsBase {

	static final LocalDate AFTER_CLOSE = LocalDate.of(2026, 8, 11);

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	JobRunner jobRunner;

	@Autowired
	JobRepository jobRepository;

	@Autowired
	@Qualifier("nightlyJob")
	Job nightlyJob;

	@Autowired
	StepCatalog steps;

	@TempDir
	Path out;

	@BeforeEach
	void emptyTables() {
		Tables.empty(this.jdbc);
	}

	JobRunner.Outcome night(LocalDate date, Path outFolder, boolean rerun) throws Exception {
		JobParameters parameters = new JobParametersBuilder().addString("cycle", "2026")
			.addLocalDate("date", date)
			.addString("input", Path.of("sample-input").toAbsolutePath().toString(), false)
			.addString("out", outFolder.toString(), false)
			.toJobParameters();
		return this.jobRunner.run(this.nightlyJob, parameters, rerun);
	}

	@Test
	@DisplayName("spec §Jobs and schedule: the night after CLOSE writes results, workbooks and one feed; a completed night is not repeated")
	void nightAfterCloseDeliversOnceAndIsNotRepeated() throws Exception {
		JobExecution first = night(AFTER_CLOSE, this.out, true).execution();
		assertThat(first.getStatus()).isEqualTo(BatchStatus.COMPLETED);
		assertThat(this.jdbc.queryForObject("SELECT COUNT(*) FROM result", Integer.class)).isEqualTo(320);
		assertThat(SummaryFiles.list(this.out, Cycle.regular(2026), AFTER_CLOSE)).hasSizeGreaterThan(4);
		assertThat(feedFiles(this.out)).hasSize(2);
		assertThat(this.jdbc.queryForObject("SELECT COUNT(*) FROM feed_delivery", Integer.class)).isEqualTo(1);
		assertThat(first.getStepExecutions()).as("every step the night ran is in its job's step list")
			.allSatisfy(step -> assertThat(this.steps.step(step)).isPresent());
		assertThat(first.getStepExecutions()).extracting(this.steps::label)
			.contains("导入「应考医师」：读入", "认定：一段医师（第 1 段）", "汇总表（全市）", "报送电子化注册系统");

		JobRunner.Outcome again = night(AFTER_CLOSE, this.out, false);
		assertThat(again.alreadyComplete()).isTrue();
		assertThat(again.execution().getId()).isEqualTo(first.getId());
		assertThat(this.jdbc.queryForObject("SELECT COUNT(*) FROM feed_delivery", Integer.class)).isEqualTo(1);
	}

	@Test
	@DisplayName("spec §Jobs and schedule: a night repeated on purpose does not stand for the next night (which still runs)")
	void repeatedNightDoesNotStandForAnother() throws Exception {
		LocalDate first = LocalDate.of(2026, 8, 3);
		forgetNights(first, first.plusDays(1));
		night(first, this.out, false);
		night(first, this.out, true);
		JobRunner.Outcome next = night(first.plusDays(1), this.out, false);
		assertThat(next.alreadyComplete()).as("the night of " + first.plusDays(1) + " has not run yet").isFalse();
		assertThat(next.execution().getStatus()).isEqualTo(BatchStatus.COMPLETED);
		assertThat(next.execution().getJobParameters().getLocalDate("date")).isEqualTo(first.plusDays(1));
	}

	/** This test's nights start from nothing, also when the database kept them from an earlier run of the tests. */
	private void forgetNights(LocalDate... nights) {
		for (JobInstance instance : this.jobRepository.getJobInstances(this.nightlyJob.getName(), 0, 10_000)) {
			boolean ours = this.jobRepository.getJobExecutions(instance)
				.stream()
				.anyMatch(execution -> java.util.Arrays.asList(nights)
					.contains(execution.getJobParameters().getLocalDate("date")));
			if (ours) {
				this.jobRepository.deleteJobInstance(instance);
			}
		}
	}

	@Test
	@DisplayName("spec §Timeline: before CLOSE the night rules and summarises but delivers no feed")
	void nightBeforeCloseDeliversNoFeed() throws Exception {
		JobExecution night = night(LocalDate.of(2026, 8, 5), this.out, true).execution();
		assertThat(night.getStatus()).isEqualTo(BatchStatus.COMPLETED);
		assertThat(night.getStepExecutions()).extracting(s -> s.getStepName()).doesNotContain("feed.deliver");
		assertThat(feedFiles(this.out)).isEmpty();
		assertThat(this.jdbc.queryForObject("SELECT COUNT(*) FROM feed_delivery", Integer.class)).isZero();
	}

	@Test
	@DisplayName("issue summary/feed/nightly: a night killed in the middle of summary, restarted: same workbooks, same feed, one delivery")
	void nightFailingInSummaryRestartsToTheSameOutputs(@TempDir Path cleanOut) throws Exception {
		// a directory where the 大兴区 workbook must go makes the summary step fail after other workbooks
		Path blocker = this.out.resolve("summary/2026/110115_大兴区_定考汇总_20260811.xlsx");
		Files.createDirectories(blocker.resolve("in-the-way"));
		JobExecution failed = night(AFTER_CLOSE, this.out, true).execution();
		assertThat(failed.getStatus()).isEqualTo(BatchStatus.FAILED);
		assertThat(feedFiles(this.out)).isEmpty();

		Files.delete(blocker.resolve("in-the-way"));
		Files.delete(blocker);
		JobExecution restarted = night(AFTER_CLOSE, this.out, false).execution();
		assertThat(restarted.getStatus()).isEqualTo(BatchStatus.COMPLETED);
		assertThat(restarted.getJobInstanceId()).isEqualTo(failed.getJobInstanceId());
		assertThat(this.jdbc.queryForObject("SELECT COUNT(*) FROM feed_delivery", Integer.class)).isEqualTo(1);
		Map<String, List<String>> workbooks = workbookContents(this.out);
		byte[] feed = Files.readAllBytes(feedCsv(this.out));

		// the same night from scratch, into another folder
		emptyTables();
		assertThat(night(AFTER_CLOSE, cleanOut, true).execution().getStatus()).isEqualTo(BatchStatus.COMPLETED);
		assertThat(workbooks).isEqualTo(workbookContents(cleanOut));
		assertThat(feed).isEqualTo(Files.readAllBytes(feedCsv(cleanOut)));
	}

	private static List<Path> feedFiles(Path out) throws Exception {
		Path folder = out.resolve("feed/2026");
		if (!Files.isDirectory(folder)) {
			return List.of();
		}
		try (Stream<Path> files = Files.list(folder)) {
			return files.sorted().toList();
		}
	}

	private static Path feedCsv(Path out) throws Exception {
		return feedFiles(out).stream().filter(f -> f.toString().endsWith(".csv")).findFirst().orElseThrow();
	}

	/** Every cell's text of every workbook, by file name (the bytes differ: POI stamps creation times). */
	private static Map<String, List<String>> workbookContents(Path out) throws Exception {
		Map<String, List<String>> contents = new TreeMap<>();
		DataFormatter formatter = new DataFormatter();
		for (Path file : SummaryFiles.list(out, Cycle.regular(2026), AFTER_CLOSE)) {
			List<String> cells = new ArrayList<>();
			try (XSSFWorkbook workbook = new XSSFWorkbook(file.toFile())) {
				for (Sheet sheet : workbook) {
					for (Row row : sheet) {
						for (Cell cell : row) {
							// row ids (lineage in warning details) are surrogate keys: a refilled database numbers anew
							String text = formatter.formatCellValue(cell).replaceAll("([a-z_]+)[:#]\\d+", "$1:#");
							cells.add(sheet.getSheetName() + "!" + cell.getAddress() + "=" + text);
						}
					}
				}
			}
			contents.put(file.getFileName().toString(), cells);
		}
		return contents;
	}

}
