package cn.dingkao.summary;

import java.io.PrintStream;
import java.nio.file.Path;

import cn.dingkao.batch.JobRunner;
import cn.dingkao.cli.Command;
import cn.dingkao.cli.CommandLineModel;
import cn.dingkao.reconcile.ResultStandings;
import cn.dingkao.ruling.ResultStanding;
import cn.dingkao.system.CycleCalendars;

import org.springframework.batch.core.job.Job;
import org.springframework.stereotype.Component;

/** {@code dingkao summary [--again]}: writes the district and city workbooks and prints their paths. */
@Component
class SummaryCommand implements Command<CommandLineModel.Summary> {

	private final JobRunner jobRunner;

	private final Job summaryJob;

	private final ResultStandings standings;

	private final CycleCalendars calendars;

	SummaryCommand(JobRunner jobRunner, Job summaryJob, ResultStandings standings, CycleCalendars calendars) {
		this.jobRunner = jobRunner;
		this.summaryJob = summaryJob;
		this.standings = standings;
		this.calendars = calendars;
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
		ResultStanding standing = SummaryJobConfiguration.standing(this.standings, this.calendars, options.job().cycle(),
				options.job().businessDate());
		if (standing != null && standing.predicted()) {
			out.println("汇总表为" + standing.text() + " (workbooks of predicted results: " + standing.english() + ")");
		}
		for (Path workbook : SummaryFiles.list(options.out(), options.job().cycle(), options.job().businessDate())) {
			out.println(workbook);
		}
		return 0;
	}

}
