package cn.dingkao.ingest;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import cn.dingkao.cli.TextTable;
import cn.dingkao.ingest.internal.ImportFiles;
import cn.dingkao.ingest.internal.RejectFiles;

import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.stereotype.Component;

/**
 * What an import run did with each kind — for the command line, and for the nightly job's own report — as the run's
 * rows of {@code import_file} say. A kind this execution did not reach (it failed before) shows what the latest
 * earlier attempt of the same run (job instance) recorded for it, else "not reached".
 */
@Component
public class ImportReport {

	private final ImportFiles files;

	private final JobRepository jobRepository;

	ImportReport(ImportFiles files, JobRepository jobRepository) {
		this.files = files;
		this.jobRepository = jobRepository;
	}

	public List<Line> lines(JobExecution execution) {
		List<Long> attempts = this.jobRepository.getJobExecutions(execution.getJobInstance())
			.stream()
			.map(JobExecution::getId)
			.filter(id -> id <= execution.getId())
			.toList();
		List<Line> lines = new ArrayList<>();
		for (ImportKind kind : ImportKind.values()) {
			Optional<ImportFiles.FileRow> file = this.files.latestOf(kind, attempts);
			lines.add(file.map(row -> line(kind, row))
				.orElseGet(() -> new Line(kind, "", null, 0, 0, 0, "未开始 (not reached)")));
		}
		return lines;
	}

	private static Line line(ImportKind kind, ImportFiles.FileRow file) {
		String shown = switch (file.status()) {
			case SKIPPED -> "SKIPPED 已导入过 (same SHA-256 as import #" + file.sameAsFileId() + ")";
			case MISSING -> "MISSING 无文件";
			case REFUSED -> "REFUSED 拒收: " + abbreviate(file.message() == null ? "" : file.message());
			case IMPORTED -> "IMPORTED 已导入";
			// the report's words for a file in flight, as operators know them
			case LOADING, MERGING -> "LOAD 未完成 (not finished)";
		};
		return new Line(kind, file.fileName(), file.status(), file.read(), file.imported(), file.rejected(), shown);
	}

	/**
	 * The table per file — read, imported, rejected, status — and where each file's reject file is. A kind whose
	 * run never reached it (the run failed before) shows as not started.
	 */
	public void print(JobExecution execution, Path out, PrintStream stream) {
		List<Line> lines = lines(execution);
		TextTable table = new TextTable("类型 kind", "文件 file", "读取 read", "导入 imported", "拒绝 rejected",
				"状态 status");
		List<String> rejectFiles = new ArrayList<>();
		for (Line line : lines) {
			table.row(line.kind().baseName(), line.fileName().isEmpty() ? "-" : line.fileName(), line.read(),
					line.imported(), line.rejected(), line.shown());
			Path rejects = RejectFiles.rejectFile(out, line.fileName());
			if (line.rejected() > 0 && Files.exists(rejects)) {
				rejectFiles.add("  " + line.fileName() + " → " + rejects + " (" + line.rejected() + " 行 rows)");
			}
		}
		table.print(stream);
		if (!rejectFiles.isEmpty()) {
			stream.println("拒收记录 (reject files):");
			rejectFiles.forEach(stream::println);
		}
	}

	private static String abbreviate(String message) {
		return message.length() <= 80 ? message : message.substring(0, 80) + "…";
	}

	/** One kind's outcome; {@code status} is null when no attempt of the run reached the kind. */
	public record Line(ImportKind kind, String fileName, FileStatus status, long read, long imported, long rejected,
			String shown) {
	}

}
