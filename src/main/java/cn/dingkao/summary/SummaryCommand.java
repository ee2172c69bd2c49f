package cn.dingkao.summary;

import java.io.PrintStream;
import java.nio.file.Path;

import cn.dingkao.batch.JobRunner;
import cn.dingkao.cli.Command;
import cn.dingkao.cli.CommandLineModel;

import org.springframework.batch.core.job.Job;
import org.springframework.stereotype.Component;

/** {@code dingkao summary [--again]}: writes the district and city workbooks and prints their paths. */
@Component
class SummaryCommand implements Command<CommandLineModel.Summary> {

	private final JobRunner jobRunner;

	private final Job summaryJob;

	SummaryCommand(JobRunner jobRunner, Job summaryJob) {
		this.jobRunner = jobRunner;
		this.summaryJob = summaryJob;
	}

	@Override
	public Class<CommandLineModel.Summary> options() {
		return CommandLineModel.Summary.class;
	}

	@Override
	public boolean runsJobs() {
		return true;
	}

	@Override
	public int run(CommandLineModel.Summary options, PrintStream out) throws Exception {
		this.jobRunner.run(this.summaryJob, options.job().jobParameters().toJobParameters(), options.again())
			.requireCompleted();
		for (Path workbook : SummaryFiles.list(options.out(), options.job().cycle(), options.job().businessDate())) {
			out.println(workbook);
		}
		return 0;
	}

}
