package cn.dingkao.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.sql.SQLException;
import java.time.LocalDateTime;

import cn.dingkao.batch.FailureReason;
import cn.dingkao.batch.JobRunner;
import cn.dingkao.batch.RefusedInput;
import cn.dingkao.batch.RunInProgressException;

import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.context.ApplicationContext;

/**
 * A failed command as the operator sees it: one line (Chinese and English) naming the step, file, value or
 * setting at fault, and the exit code of its kind ({@link ExitCodes}). The trace goes to the log file only.
 */
record Failure(int exitCode, String reason) {

	/** H2's "Database may be already in use": another process has the embedded database open. */
	private static final int H2_DATABASE_ALREADY_OPEN = 90020;

	/** The reason a run of this invocation failed with, kept before the context closes. */
	record JobFailure(String reason, boolean refusedInput) {
	}

	static JobFailure lastJobFailure(ApplicationContext context) {
		JobRunner runner = context.getBeanProvider(JobRunner.class).getIfAvailable();
		JobExecution last = runner == null ? null : runner.lastRun();
		if (last == null || last.getStatus() != BatchStatus.FAILED) {
			return null;
		}
		return new JobFailure(FailureReason.of(last), FailureReason.refusedInput(last));
	}

	static Failure of(Throwable failure, JobFailure job, CliOptions options) {
		if (failure instanceof CliOptions.UsageException) {
			return new Failure(ExitCodes.USAGE, failure.getMessage());
		}
		for (Throwable cause = failure; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
			if (cause instanceof RunInProgressException) {
				return new Failure(ExitCodes.ALREADY_RUNNING, FailureReason.oneLine(cause.getMessage()));
			}
			if (cause instanceof SQLException sql && sql.getErrorCode() == H2_DATABASE_ALREADY_OPEN) {
				return new Failure(ExitCodes.ALREADY_RUNNING, "嵌入式数据库正被另一个 dingkao 进程使用（如 serve 或正在运行的作业），"
						+ "请等它结束 (the embedded database in " + options.data() + " is in use by another dingkao process,"
						+ " e.g. serve or a running job; wait until it ends)");
			}
			if (cause instanceof SQLException sql && "08".equals(sqlStateClass(sql))) {
				return new Failure(ExitCodes.FAILURE, "无法连接数据库，请检查 DINGKAO_DB_URL / spring.datasource.url 等设置"
						+ " (cannot connect to the database; check DINGKAO_DB_URL / spring.datasource.url): "
						+ FailureReason.oneLine(String.valueOf(sql.getMessage())));
			}
		}
		for (Throwable cause = failure; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
			if (cause.getClass().getName().startsWith("org.flywaydb")) {
				return new Failure(ExitCodes.FAILURE, "数据库结构迁移失败 (schema migration failed): "
						+ FailureReason.oneLine(String.valueOf(cause.getMessage())));
			}
		}
		if (job != null) {
			return new Failure(job.refusedInput() ? ExitCodes.REFUSED_INPUT : ExitCodes.FAILURE, job.reason());
		}
		for (Throwable cause = failure; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
			if (cause instanceof RefusedInput) {
				// a file refused by a command that runs no job (a registry receipt)
				return new Failure(ExitCodes.REFUSED_INPUT, FailureReason.oneLine(cause.getMessage()));
			}
		}
		return new Failure(ExitCodes.FAILURE, FailureReason.telling(failure));
	}

	private static String sqlStateClass(SQLException sql) {
		return sql.getSQLState() == null || sql.getSQLState().length() < 2 ? "" : sql.getSQLState().substring(0, 2);
	}

	/** Appends the reason and the whole trace to the run's log file. */
	void appendTrace(Path logFile, Throwable failure) {
		StringWriter trace = new StringWriter();
		try (PrintWriter writer = new PrintWriter(trace)) {
			writer.println(LocalDateTime.now() + " ERROR cn.dingkao.cli.Dingkao - " + this.reason);
			failure.printStackTrace(writer);
		}
		try {
			Files.writeString(logFile, trace.toString(), StandardCharsets.UTF_8, StandardOpenOption.CREATE,
					StandardOpenOption.APPEND);
		}
		catch (IOException ex) {
			// the one-line reason still reaches stderr
		}
	}

}
