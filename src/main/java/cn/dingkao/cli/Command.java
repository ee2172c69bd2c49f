package cn.dingkao.cli;

import java.io.PrintStream;

/**
 * A sub-command of {@code ./dingkao} that needs the application context (database, jobs).
 * Implementations live in their feature package and are found by {@link #name()}.
 */
public interface Command {

	String name();

	/** Runs the command; returns the process exit code (0 = success). */
	int run(CliOptions options, PrintStream out) throws Exception;

}
