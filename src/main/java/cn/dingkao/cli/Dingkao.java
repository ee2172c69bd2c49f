package cn.dingkao.cli;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.ServiceLoader;

import cn.dingkao.DingkaoApplication;
import cn.dingkao.cli.CommandLineModel.ApplicationOptions;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Entry point of {@code ./dingkao}. Parses the command line ({@link Invocation}), starts the application context
 * with the options that shape it (database folder, profile, web or not, log file) and hands the filled command
 * over to the {@link Command} bean that runs its class, showing the progress of the jobs it runs. Exit code 0 on
 * success; otherwise one line on stderr, Chinese and English, naming what is at fault and the log file that holds
 * the full trace ({@link ExitCodes}, {@link Failure}).
 */
public final class Dingkao {

	private static final DateTimeFormatter LOG_STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");

	private Dingkao() {
	}

	public static void main(String[] args) {
		PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
		PrintStream err = new PrintStream(System.err, true, StandardCharsets.UTF_8);
		Invocation invocation;
		try {
			invocation = Invocation.parse(args);
		}
		catch (Invocation.UsageException ex) {
			err.println("dingkao: " + ex.getMessage());
			System.exit(ExitCodes.USAGE);
			return;
		}
		int code = execute(invocation, out, err);
		if (!(invocation.command() instanceof CommandLineModel.Serve) || code != ExitCodes.OK) {
			System.exit(code);
		}
	}

	/** Runs a parsed command line: the exit code, with failures reported on {@code err} and in the log file. */
	static int execute(Invocation invocation, PrintStream out, PrintStream err) {
		Path logFile = logFile(invocation);
		Run run = new Run();
		try {
			return run(invocation, out, err, logFile, run);
		}
		catch (Exception | StackOverflowError | OutOfMemoryError ex) {
			run.stopProgress();
			Failure failure = Failure.of(ex,
					invocation.command() instanceof ApplicationOptions application ? application.data() : null);
			failure.appendTrace(logFile, ex);
			err.println("dingkao: " + failure.reason() + "；完整日志 (full log): " + logFile);
			return failure.exitCode();
		}
	}

	@SuppressWarnings("unchecked")
	private static int run(Invocation invocation, PrintStream out, PrintStream err, Path logFile, Run run)
			throws Exception {
		Object command = invocation.command();
		if (command instanceof CommandLineModel.Help help) {
			out.print(Invocation.usage(help.command().orElse(null)));
			return ExitCodes.OK;
		}
		if (command == Invocation.VERSION) {
			out.println(Invocation.version());
			return ExitCodes.OK;
		}
		Optional<StandaloneCommand> standalone = standalone(command);
		if (standalone.isPresent()) {
			return standalone.get().run(command, out);
		}
		ApplicationOptions options = (ApplicationOptions) command;
		boolean serve = command instanceof CommandLineModel.Serve;
		SpringApplication application = new SpringApplication(DingkaoApplication.class);
		application.setWebApplicationType(serve ? WebApplicationType.SERVLET : WebApplicationType.NONE);
		if (!serve) {
			// the embedded database's commits may wait up to H2's usual 500 ms: a batch run acknowledges nothing to a
			// person and redoes what a kill lost when it is continued (application.properties); lowest precedence, so
			// --dingkao.h2.write-delay=0 still wins
			application.setDefaultProperties(Map.of("dingkao.h2.write-delay", "500"));
		}
		// as command-line properties, so they win over application.properties (default properties would not)
		ConfigurableApplicationContext context = application.run(contextProperties(invocation, logFile)
			.entrySet()
			.stream()
			.map(property -> "--" + property.getKey() + "=" + property.getValue())
			.toArray(String[]::new));
		try {
			return runWith(context, invocation, out, err, run);
		}
		finally {
			if (!serve) {
				context.close();
			}
		}
	}

	/** The command that runs these options without the application context, if one does. */
	@SuppressWarnings({ "rawtypes", "unchecked" })
	private static Optional<StandaloneCommand> standalone(Object options) {
		for (StandaloneCommand candidate : ServiceLoader.load(StandaloneCommand.class)) {
			if (candidate.options().isInstance(options) && candidate.accepts(options)) {
				return Optional.of(candidate);
			}
		}
		return Optional.empty();
	}

	/** Hands the command over to the bean that runs its class. */
	@SuppressWarnings({ "rawtypes", "unchecked" })
	private static int runWith(ConfigurableApplicationContext context, Invocation invocation, PrintStream out,
			PrintStream err, Run run) throws Exception {
		Object options = invocation.command();
		Command command = context.getBeansOfType(Command.class)
			.values()
			.stream()
			.filter(candidate -> candidate.options().isInstance(options))
			.findFirst()
			.orElseThrow(() -> new Invocation.UsageException("未知子命令 (unknown command): " + invocation.name()));
		if (command.runsJobs()) {
			run.progress = ProgressReporter.start(context, err);
		}
		try {
			return command.run(options, out);
		}
		finally {
			run.stopProgress();
		}
	}

	static Map<String, Object> contextProperties(Invocation invocation, Path logFile) {
		ApplicationOptions options = (ApplicationOptions) invocation.command();
		boolean serve = options instanceof CommandLineModel.Serve;
		Map<String, Object> properties = new HashMap<>();
		properties.put("dingkao.data-dir", options.data().toString());
		properties.put("dingkao.out-dir", options.out().toString());
		properties.put("dingkao.input-dir", options.input().toString());
		// only a served application runs the nightly schedule; a command-line run must not fire it
		properties.put("spring.quartz.auto-startup", String.valueOf(serve));
		// the full log goes to a file; the terminal shows only the command's own output (a server keeps its console)
		properties.put("logging.file.name", logFile.toString());
		if (!serve) {
			properties.put("logging.threshold.console", "OFF");
		}
		// dotted options are Spring properties (e.g. --dingkao.clock.date=2026-05-10 for a demo)
		properties.putAll(invocation.settings());
		if (options instanceof CommandLineModel.Serve server) {
			server.port().ifPresent(port -> properties.put("server.port", String.valueOf(port)));
		}
		return properties;
	}

	/**
	 * {@code <out>/logs/dingkao-<command>-<yyyyMMdd-HHmmss>.log}: one file per run, so that the path a failure
	 * names holds exactly that run. When {@code <out>} cannot hold it (or the command has none), the system's temp
	 * folder does.
	 */
	static Path logFile(Invocation invocation) {
		String name = "dingkao-" + invocation.name() + "-" + LocalDateTime.now().format(LOG_STAMP) + ".log";
		Path fallback = Path.of(System.getProperty("java.io.tmpdir"), "dingkao-logs");
		Path folder = invocation.command() instanceof ApplicationOptions application ? application.logs() : fallback;
		try {
			Files.createDirectories(folder);
			return folder.resolve(name);
		}
		catch (Exception ex) {
			try {
				Files.createDirectories(fallback);
			}
			catch (Exception ignored) {
				// the trace then goes nowhere, the one-line reason still to stderr
			}
			return fallback.resolve(name);
		}
	}

	/** What one invocation leaves for its failure report. */
	static final class Run {

		ProgressReporter progress;

		void stopProgress() {
			if (this.progress != null) {
				this.progress.stop();
				this.progress = null;
			}
		}

	}

}
