package cn.dingkao.cli;

/**
 * The exit codes of {@code ./dingkao}, documented in the README ("When something fails") and in
 * {@code ./dingkao --help}.
 */
public final class ExitCodes {

	/** Done (a night already complete counts as done). */
	public static final int OK = 0;

	/** Any other failure: a job step failed, the database is unreachable, a setting is wrong — see the log. */
	public static final int FAILURE = 1;

	/** The command line is wrong: unknown command or option, bad value, missing argument. */
	public static final int USAGE = 2;

	/** An input file was refused (header, format, too many rejected rows): replace it, run the same command. */
	public static final int REFUSED_INPUT = 3;

	/** Another process (or the web server) is running a job or holds the embedded database: wait, run again. */
	public static final int ALREADY_RUNNING = 4;

	private ExitCodes() {
	}

}
