package cn.dingkao.batch;

import java.nio.file.Path;
import java.time.LocalDate;

import cn.dingkao.ruling.Cycle;

import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;

/**
 * The job parameters every job shares: the cycle (its code, 2026 or 2026R) and the business date identify a run
 * (so a failed night restarts where it stopped and a finished one is not repeated by accident); the folders do
 * not. The command line, the schedule and the web page all start jobs through here, so a night means the same
 * run wherever it was started.
 */
public final class RunParameters {

	public static final String CYCLE = "cycle";

	public static final String DATE = "date";

	public static final String INPUT = "input";

	public static final String OUT = "out";

	private RunParameters() {
	}

	public static JobParametersBuilder of(Cycle cycle, LocalDate businessDate, Path input, Path out) {
		return new JobParametersBuilder().addString(CYCLE, cycle.code(), true)
			.addLocalDate(DATE, businessDate, true)
			.addString(INPUT, input.toAbsolutePath().normalize().toString(), false)
			.addString(OUT, out.toAbsolutePath().normalize().toString(), false);
	}

	/** The cycle a run is for. */
	public static Cycle cycle(JobParameters parameters) {
		String code = parameters.getString(CYCLE);
		if (code == null) {
			throw new IllegalArgumentException("缺少作业参数 cycle (missing job parameter cycle)");
		}
		return Cycle.of(code);
	}

	/** The business date a run stands on. */
	public static LocalDate businessDate(JobParameters parameters) {
		return parameters.getLocalDate(DATE);
	}

	/** The folder a run reads its input files from. */
	public static Path input(JobParameters parameters) {
		return Path.of(parameters.getString(INPUT));
	}

	/** The folder a run writes to (rejects, workbooks, feed). */
	public static Path out(JobParameters parameters) {
		String out = parameters.getString(OUT);
		return Path.of(out == null ? "out" : out);
	}

}
