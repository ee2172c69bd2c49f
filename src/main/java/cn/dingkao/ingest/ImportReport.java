package cn.dingkao.ingest;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import cn.dingkao.cli.TextTable;
import cn.dingkao.ingest.internal.ImportFiles;
import cn.dingkao.ingest.internal.RejectFiles;

import org.springframework.batch.core.job.JobExecution;
import org.springframework.stereotype.Component;

/**
 * What an import run did with each kind — for the command line, and for the nightly job's own report.
 */
@Component
public class ImportReport {

	private final ImportFiles files;

	ImportReport(ImportFiles files) {
		this.files = files;
	}

	public List<Line> lines(JobExecution execution) {
		List<Line> lines = new ArrayList<>();
		for (ImportKind kind : ImportKind.values()) {
			KindState state = new KindState(kind, execution.getExecutionContext());
			String status = state.status();
			Long fileId = state.fileId();
			var summary = fileId == null ? null : this.files.summary(fileId).orElse(null);
			long read = 0;
			long imported = 0;
			long rejected = 0;
			if (summary != null && !KindState.SKIPPED.equals(status)) {
				read = summary.read();
				imported = summary.imported();
				rejected = summary.rejected();
			}
			String shown = !state.reached() ? "未开始 (not reached)" : switch (status) {
				case KindState.SKIPPED -> "SKIPPED 已导入过 (same SHA-256 as import #" + fileId + ")";
				case KindState.MISSING -> "MISSING 无文件";
				case KindState.REFUSED -> "REFUSED 拒收: " + abbreviate(state.message());
				case KindState.IMPORTED -> "IMPORTED 已导入";
				default -> status + " 未完成 (not finished)";
			};
			lines.add(new Line(kind, state.fileName(), status, read, imported, rejected, shown));
		}
		return lines;
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

	/** One kind's outcome; {@code status} is MISSING, SKIPPED, IMPORTED or REFUSED. */
	public record Line(ImportKind kind, String fileName, String status, long read, long imported, long rejected,
			String shown) {
	}

}
