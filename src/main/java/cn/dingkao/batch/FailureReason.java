package cn.dingkao.batch;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.step.StepExecution;

/**
 * The one-line reason a run failed, for people: the job, the step at fault and the most telling message of
 * its failure (a refused file's own reason, or the input a failure happened on — kind, file, line, value; otherwise
 * the innermost cause, which names the file, value or setting), with every line break folded. Stack traces go to
 * the log file, never here.
 */
public final class FailureReason {

	static final int MAX_LENGTH = 600;

	private FailureReason() {
	}

	public static String of(JobExecution execution) {
		StepExecution step = failedStep(execution);
		List<Throwable> failures = new ArrayList<>();
		if (step != null) {
			failures.addAll(step.getFailureExceptions());
		}
		failures.addAll(execution.getAllFailureExceptions());
		String message = failures.stream()
			.map(FailureReason::telling)
			.findFirst()
			.orElseGet(() -> step != null && !step.getExitStatus().getExitDescription().isBlank()
					? step.getExitStatus().getExitDescription() : "未知原因，详见日志 (unknown cause, see the log)");
		String where = execution.getJobInstance().getJobName() + " #" + execution.getId()
				+ (step == null ? "" : " 步骤 (step) " + step.getStepName());
		return oneLine("作业失败 (job failed): " + where + ": " + message);
	}

	/** Whether the run failed on refused input. */
	public static boolean refusedInput(JobExecution execution) {
		List<Throwable> failures = new ArrayList<>(execution.getAllFailureExceptions());
		for (Throwable failure : failures) {
			for (Throwable cause = failure; cause != null; cause = next(cause)) {
				if (cause instanceof RefusedInput) {
					return true;
				}
			}
		}
		return false;
	}

	/** The message a person should read from an exception chain. */
	public static String telling(Throwable failure) {
		Throwable deepest = failure;
		for (Throwable cause = failure; cause != null; cause = next(cause)) {
			if (cause instanceof RefusedInput || cause instanceof RunInProgressException || cause instanceof InputAtFault) {
				return oneLine(cause.getMessage());
			}
			if (cause.getMessage() != null && !cause.getMessage().isBlank()) {
				deepest = cause;
			}
		}
		String message = deepest.getMessage();
		return oneLine(message == null || message.isBlank() ? deepest.getClass().getSimpleName() : message);
	}

	public static String oneLine(String text) {
		String line = text.replaceAll("\\s+", " ").trim();
		return line.length() > MAX_LENGTH ? line.substring(0, MAX_LENGTH) + "…" : line;
	}

	private static Throwable next(Throwable cause) {
		return cause.getCause() == cause ? null : cause.getCause();
	}

	/** The step that failed: the last failed one (a partition's worker rather than its manager). */
	private static StepExecution failedStep(JobExecution execution) {
		return execution.getStepExecutions()
			.stream()
			.filter(step -> step.getStatus() == BatchStatus.FAILED)
			.filter(step -> !step.getFailureExceptions().isEmpty() || !step.getExitStatus().getExitDescription().isBlank())
			.max(Comparator.comparing(StepExecution::getId))
			.orElse(null);
	}

}
