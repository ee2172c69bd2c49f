package cn.dingkao.reconcile;

import java.io.PrintStream;

import cn.dingkao.batch.JobRunner;
import cn.dingkao.batch.StepCatalog;
import cn.dingkao.cli.Command;
import cn.dingkao.cli.StepTable;
import cn.dingkao.cli.CommandLineModel;

import org.springframework.batch.core.job.Job;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.stereotype.Component;

/**
 * {@code ./dingkao rule}: rules on every physician of the cycle and prints physicians by outcome and
 * warnings by code, per district. Ruling again is always allowed: unchanged physicians stay unchanged.
 */
@Component
class RuleCommand implements Command<CommandLineModel.Rule> {

	private final JobRunner jobRunner;

	private final Job ruleJob;

	private final RulingReport report;

	private final StepCatalog steps;

	RuleCommand(JobRunner jobRunner, @Qualifier("ruleJob") Job ruleJob, RulingReport report, StepCatalog steps) {
		this.jobRunner = jobRunner;
		this.ruleJob = ruleJob;
		this.report = report;
		this.steps = steps;
	}

	@Override
	public Class<CommandLineModel.Rule> options() {
		return CommandLineModel.Rule.class;
	}

	@Override
	public boolean runsJobs() {
		return true;
	}

	@Override
	public int run(CommandLineModel.Rule options, PrintStream out) throws Exception {
		var outcome = this.jobRunner.run(this.ruleJob, options.job().jobParameters().toJobParameters(), true);
		outcome.requireCompleted();
		out.printf("裁定完成 (ruling complete) — %s，业务日期 %s%n", options.job().cycle().title(),
				options.job().businessDate());
		StepTable.print(outcome.execution(), this.steps, out);
		out.println();
		this.report.print(options.job().cycle(), out);
		return 0;
	}

}
