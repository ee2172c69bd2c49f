package cn.dingkao.cli;

import java.io.PrintStream;

/**
 * A sub-command that runs without the application context — no database, no Spring — before anything starts
 * ({@code generate} of a regular cycle's inputs). Implementations live in their feature's package and are listed in
 * {@code META-INF/services/cn.dingkao.cli.StandaloneCommand}: the command line finds them with
 * {@link java.util.ServiceLoader}, so it depends on no feature (the features depend on it).
 *
 * @param <O> the class of {@link CommandLineModel} this command runs
 */
public interface StandaloneCommand<O> {

	/** The class of {@link CommandLineModel} this command runs. */
	Class<O> options();

	/**
	 * Whether it runs these options; false leaves them to the {@link Command} bean of the same class, with the
	 * application context ({@code generate --cycle 2026R} reads the database).
	 */
	default boolean accepts(O options) {
		return true;
	}

	/** Runs the command; returns the process exit code (0 = success). */
	int run(O options, PrintStream out) throws Exception;

}
