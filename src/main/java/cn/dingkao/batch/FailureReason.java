package cn.dingkao.batch;

import java.nio.file.Path;
import java.sql.SQLException;
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

	/** H2's "Database may be already in use": another process has the embedded database open. */
	private static final int H2_DATABASE_ALREADY_OPEN = 90020;

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

	/** What kind of failure ended a command: it decides the command line's exit code. */
	public enum Kind {

		/** An input file was refused: replace it, run the same command again. */
		REFUSED_INPUT,
		/** A run holds the lease, or another process the embedded database: wait, run again. */
		ALREADY_RUNNING,
		/** Anything else: a step failed, the database is unreachable, a setting is wrong. */
		FAILURE

	}

	/** A failure as the operator reads it: its kind and its one-line reason (Chinese and English). */
	public record Explained(Kind kind, String reason) {
	}

	/**
	 * The one-line reason of any failure of a command: a run that did not complete gives its run's reason
	 * ({@link JobFailedException}); a lease held elsewhere, or the embedded database open in another process, says a
	 * job is running; an unreachable database names the settings to check; a failed schema migration says so;
	 * anything else gives its most telling message.
	 *
	 * @param dataFolder the embedded database's folder, named when another process has it open
	 */
	public static Explained explain(Throwable failure, Path dataFolder) {
		for (Throwable cause = failure; cause != null; cause = next(cause)) {
			if (cause instanceof JobFailedException failed) {
				return new Explained(failed.refusedInput() ? Kind.REFUSED_INPUT : Kind.FAILURE, failed.getMessage());
			}
			if (cause instanceof RunInProgressException) {
				return new Explained(Kind.ALREADY_RUNNING, oneLine(cause.getMessage()));
			}
			if (cause instanceof SQLException sql && sql.getErrorCode() == H2_DATABASE_ALREADY_OPEN) {
				return new Explained(Kind.ALREADY_RUNNING, "嵌入式数据库正被另一个 dingkao 进程使用（如 serve 或正在运行的作业），"
						+ "请等它结束 (the embedded database in " + dataFolder + " is in use by another dingkao process,"
						+ " e.g. serve or a running job; wait until it ends)");
			}
			if (cause instanceof SQLException sql && "08".equals(sqlStateClass(sql))) {
				return new Explained(Kind.FAILURE, "无法连接数据库，请检查 DINGKAO_DB_URL / spring.datasource.url 等设置"
						+ " (cannot connect to the database; check DINGKAO_DB_URL / spring.datasource.url): "
						+ oneLine(String.valueOf(sql.getMessage())));
			}
		}
		for (Throwable cause = failure; cause != null; cause = next(cause)) {
			if (cause.getClass().getName().startsWith("org.flywaydb")) {
				return new Explained(Kind.FAILURE,
						"数据库结构迁移失败 (schema migration failed): " + oneLine(String.valueOf(cause.getMessage())));
			}
		}
		return new Explained(Kind.FAILURE, telling(failure));
	}

	private static String sqlStateClass(SQLException sql) {
		return sql.getSQLState() == null || sql.getSQLState().length() < 2 ? "" : sql.getSQLState().substring(0, 2);
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
