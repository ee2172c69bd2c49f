package cn.dingkao.batch;

import org.springframework.batch.core.job.JobExecution;

/**
 * A run that did not complete, as a command ends with it: its message is the run's one-line reason
 * ({@link FailureReason#of(JobExecution)}), the same the job history shows, and it says whether the run failed on
 * refused input (the command line's exit code 3).
 */
public final class JobFailedException extends RuntimeException {

	private final boolean refusedInput;

	JobFailedException(JobExecution execution) {
		super(FailureReason.of(execution));
		this.refusedInput = FailureReason.refusedInput(execution);
	}

	public boolean refusedInput() {
		return this.refusedInput;
	}

}
