package cn.dingkao.ingest;

import java.io.PrintStream;

import cn.dingkao.batch.JobRunner;
import cn.dingkao.batch.RunParameters;
import cn.dingkao.cli.CliOptions;
import cn.dingkao.cli.Command;

import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.stereotype.Component;

/**
 * {@code dingkao import}: runs the import job on {@code --input}, prints a table per file and where the
 * reject files are. A completed import is repeated on purpose (files already imported are skipped by
 * SHA-256); a failed one is restarted where it stopped.
 */
@Component
class ImportCommand implements Command {

	private final JobRunner runner;

	private final Job importJob;

	private final ImportReport report;

	ImportCommand(JobRunner runner, @Qualifier("importJob") Job importJob, ImportReport report) {
		this.runner = runner;
		this.importJob = importJob;
		this.report = report;
	}

	@Override
	public String name() {
		return "import";
	}

	@Override
	public int run(CliOptions options, PrintStream out) throws Exception {
		JobExecution execution = this.runner.run(this.importJob, parameters(options), true).execution();
		this.report.print(execution, options.out(), out);
		if (execution.getStatus() != BatchStatus.COMPLETED) {
			throw new IllegalStateException("导入失败 (import failed): " + failure(execution));
		}
		return 0;
	}

	static JobParameters parameters(CliOptions options) {
		return RunParameters.from(options).toJobParameters();
	}

	private static String failure(JobExecution execution) {
		return execution.getAllFailureExceptions()
			.stream()
			.findFirst()
			.map(ex -> ex.getMessage() == null ? ex.getClass().getSimpleName() : ex.getMessage())
			.orElse(execution.getExitStatus().getExitDescription())
			.replaceAll("\\s+", " ");
	}

}
