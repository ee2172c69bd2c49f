package cn.dingkao.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.LocalDateTime;

import cn.dingkao.batch.FailureReason;

/**
 * A failed command as the operator sees it: one line (Chinese and English) naming the step, file, value or
 * setting at fault ({@link FailureReason}), and the exit code of its kind ({@link ExitCodes}). The trace goes to the
 * log file only.
 */
record Failure(int exitCode, String reason) {

	/** @param dataFolder the embedded database's folder, for a failure that names it */
	static Failure of(Throwable failure, Path dataFolder) {
		if (failure instanceof Invocation.UsageException) {
			return new Failure(ExitCodes.USAGE, failure.getMessage());
		}
		FailureReason.Explained explained = FailureReason.explain(failure, dataFolder);
		int exitCode = switch (explained.kind()) {
			case REFUSED_INPUT -> ExitCodes.REFUSED_INPUT;
			case ALREADY_RUNNING -> ExitCodes.ALREADY_RUNNING;
			case FAILURE -> ExitCodes.FAILURE;
		};
		return new Failure(exitCode, explained.reason());
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
