package cn.dingkao.batch;

import cn.dingkao.cli.CliOptions;

import org.springframework.batch.core.job.parameters.JobParametersBuilder;

/**
 * The job parameters every job shares: the cycle and the business date identify a run (so a failed night
 * restarts where it stopped and a finished one is not repeated by accident); the folders do not.
 */
public final class RunParameters {

	private RunParameters() {
	}

	public static JobParametersBuilder from(CliOptions options) {
		return new JobParametersBuilder().addLong("cycle", (long) options.cycle(), true)
			.addLocalDate("date", options.businessDate(), true)
			.addString("input", options.input().toString(), false)
			.addString("out", options.out().toString(), false);
	}

}
