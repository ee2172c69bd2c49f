package cn.dingkao.predict;

import java.io.PrintStream;

import cn.dingkao.batch.JobRunner;
import cn.dingkao.batch.StepCatalog;
import cn.dingkao.cli.Command;
import cn.dingkao.cli.CommandLineModel;
import cn.dingkao.cli.CommandLineModel.JobOptions;
import cn.dingkao.cli.StepTable;
import cn.dingkao.ingest.ImportReport;
import cn.dingkao.system.CycleCalendars;

import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.stereotype.Component;

/**
 * {@code ./dingkao predict [--rerun]}: the day's prediction for a business date (issue 23). A failed or killed run
 * continues from where it stopped; a completed day is not repeated unless {@code --rerun} asks for it.
 */
@Component
class PredictCommand implements Command<CommandLineModel.Predict> {

	private final JobRunner jobRunner;

	private final Job predictJob;

	private final ImportReport importReport;

	private final PredictionReport report;

	private final CycleCalendars calendars;

	private final PredictProperties properties;

	private final StepCatalog steps;

	PredictCommand(JobRunner jobRunner, @Qualifier("predictJob") Job predictJob, ImportReport importReport,
			PredictionReport report, CycleCalendars calendars, PredictProperties properties, StepCatalog steps) {
		this.jobRunner = jobRunner;
		this.predictJob = predictJob;
		this.importReport = importReport;
		this.report = report;
		this.calendars = calendars;
		this.properties = properties;
		this.steps = steps;
	}

	@Override
	public Class<CommandLineModel.Predict> options() {
		return CommandLineModel.Predict.class;
	}

	@Override
	public boolean runsJobs() {
		return true;
	}

	@Override
	public int run(CommandLineModel.Predict options, PrintStream out) throws Exception {
		JobOptions job = options.job();
		var calendar = this.calendars.of(job.cycle());
		JobRunner.Outcome outcome = this.jobRunner.run(this.predictJob, job.jobParameters().toJobParameters(),
				options.rerun());
		JobExecution execution = outcome.execution();
		if (outcome.alreadyComplete()) {
			out.printf("业务日期 %s 的预计已于 %s 完成，未重复运行；如需重跑请加 --rerun%n"
					+ "(the prediction of %s already completed; add --rerun to run it again)%n", job.businessDate(),
					execution.getEndTime(), job.businessDate());
		}
		else {
			StepTable.print(execution, this.steps, out);
			out.println();
			this.importReport.print(execution, job.out(), out);
			outcome.requireCompleted();
		}
		out.println();
		this.report.print(calendar, job.businessDate(), this.properties.riskDays(), out);
		return 0;
	}

}
