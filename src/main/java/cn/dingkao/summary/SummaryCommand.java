package cn.dingkao.summary;

import java.io.PrintStream;
import java.nio.file.Path;

import cn.dingkao.batch.JobRunner;
import cn.dingkao.batch.RunParameters;
import cn.dingkao.cli.CliOptions;
import cn.dingkao.cli.Command;
import cn.dingkao.reconcile.ResultStandings;
import cn.dingkao.ruling.ResultStanding;
import cn.dingkao.system.CycleCalendars;

import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.stereotype.Component;

/** {@code dingkao summary [--again]}: writes the district and city workbooks and prints their paths. */
@Component
class SummaryCommand implements Command {

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
	public String name() {
		return "summary";
	}

	@Override
	public int run(CliOptions options, PrintStream out) throws Exception {
		var parameters = RunParameters.from(options).toJobParameters();
		JobExecution execution = this.jobRunner.run(this.summaryJob, parameters, options.flag("again")).execution();
		if (execution.getStatus() != BatchStatus.COMPLETED) {
			throw new IllegalStateException(execution.getAllFailureExceptions()
				.stream()
				.map(Throwable::getMessage)
				.findFirst()
				.orElse("汇总作业失败 (summary job failed): " + execution.getStatus()));
		}
		ResultStanding standing = SummaryJobConfiguration.standing(this.standings, this.calendars, options.cycle(),
				options.businessDate());
		if (standing != null && standing.predicted()) {
			out.println("汇总表为" + standing.text() + " (workbooks of predicted results: " + standing.english() + ")");
		}
		for (Path workbook : SummaryFiles.list(options.out(), options.cycle(), options.businessDate())) {
			out.println(workbook);
		}
		return 0;
	}

}
