package cn.dingkao.reconcile;

import java.io.PrintStream;

import cn.dingkao.batch.JobRunner;
import cn.dingkao.batch.RunParameters;
import cn.dingkao.cli.CliOptions;
import cn.dingkao.batch.StepCatalog;
import cn.dingkao.cli.Command;
import cn.dingkao.cli.StepTable;

import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.stereotype.Component;

/**
 * {@code ./dingkao rule}: rules on every physician of the cycle and prints physicians by outcome and
 * warnings by code, per district. Ruling again is always allowed: unchanged physicians stay unchanged.
 */
@Component
class RuleCommand implements Command {

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
	public String name() {
		return "rule";
	}

	@Override
	public int run(CliOptions options, PrintStream out) throws Exception {
		JobExecution execution = this.jobRunner
			.run(this.ruleJob, RunParameters.from(options).toJobParameters(), true)
			.execution();
		if (execution.getStatus() != BatchStatus.COMPLETED) {
			throw new IllegalStateException("裁定未完成 (ruling did not complete): " + execution.getExitStatus().getExitDescription());
		}
		out.printf("裁定完成 (ruling complete) — %s，业务日期 %s%n", options.cycle().title(), options.businessDate());
		StepTable.print(execution, this.steps, out);
		out.println();
		this.report.print(options.cycle(), out);
		return 0;
	}

}
