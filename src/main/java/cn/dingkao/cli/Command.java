package cn.dingkao.cli;

import java.io.PrintStream;

/**
 * A sub-command of {@code ./dingkao} that needs the application context (database, jobs): a bean in its feature's
 * package that runs one class of {@link CommandLineModel}, the command line as picocli filled it. Failures are
 * thrown (a run that did not complete as {@link cn.dingkao.batch.JobFailedException}); the command line makes the
 * one-line reason and the exit code of them ({@link cn.dingkao.batch.FailureReason}).
 *
 * @param <O> the class of {@link CommandLineModel} this command runs
 */
public interface Command<O> {

	/** The class of {@link CommandLineModel} this command runs. */
	Class<O> options();

	/** Runs the command; returns the process exit code (0 = success). */
	int run(O options, PrintStream out) throws Exception;

	/** Whether it runs batch jobs, whose progress the command line shows while they work. */
	default boolean runsJobs() {
		return false;
	}

}
