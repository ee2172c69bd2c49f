package cn.dingkao.ingest;

import java.io.PrintStream;

import cn.dingkao.batch.JobRunner;
import cn.dingkao.cli.Command;
import cn.dingkao.cli.CommandLineModel;

import org.springframework.batch.core.job.Job;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.stereotype.Component;

/**
 * {@code dingkao import}: runs the import job on {@code --input}, prints a table per file and where the
 * reject files are. A completed import is repeated on purpose (files already imported are skipped by
 * SHA-256); a failed one is restarted where it stopped.
 */
@Component
class ImportCommand implements Command<CommandLineModel.Import> {

	private final JobRunner runner;

	private final Job importJob;

	private final ImportReport report;

	ImportCommand(JobRunner runner, @Qualifier("importJob") Job importJob, ImportReport report) {
		this.runner = runner;
		this.importJob = importJob;
		this.report = report;
	}

	@Override
	public Class<CommandLineModel.Import> options() {
		return CommandLineModel.Import.class;
	}

	@Override
	public boolean runsJobs() {
		return true;
	}

	@Override
	public int run(CommandLineModel.Import options, PrintStream out) throws Exception {
		JobRunner.Outcome outcome = this.runner.run(this.importJob, options.job().jobParameters().toJobParameters(),
				true);
		this.report.print(outcome.execution(), options.out(), out);
		outcome.requireCompleted();
		return 0;
	}

}
