package cn.dingkao.batch;

import java.nio.file.Path;
import java.time.LocalDate;

import cn.dingkao.cli.CliOptions;

import org.springframework.batch.core.job.parameters.JobParametersBuilder;

/**
 * The job parameters every job shares: the cycle and the business date identify a run (so a failed night
 * restarts where it stopped and a finished one is not repeated by accident); the folders do not. The command
 * line, the schedule and the web page all start jobs through here, so a night means the same run wherever
 * it was started.
 */
public final class RunParameters {

	private RunParameters() {
	}

	public static JobParametersBuilder of(int cycle, LocalDate businessDate, Path input, Path out) {
		return new JobParametersBuilder().addLong("cycle", (long) cycle, true)
			.addLocalDate("date", businessDate, true)
			.addString("input", input.toAbsolutePath().normalize().toString(), false)
			.addString("out", out.toAbsolutePath().normalize().toString(), false);
	}

	public static JobParametersBuilder from(CliOptions options) {
		return of(options.cycle().year(), options.businessDate(), options.input(), options.out());
	}

}
