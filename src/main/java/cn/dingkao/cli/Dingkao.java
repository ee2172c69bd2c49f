package cn.dingkao.cli;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

import cn.dingkao.DingkaoApplication;
import cn.dingkao.generate.GenerateCommand;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Entry point of {@code ./dingkao}. Parses the command line, starts the application context with the options
 * that shape it (database folder, profile, web or not, log file) and hands over to the named {@link Command},
 * showing the progress of the job it runs. Exit code 0 on success; otherwise one line on stderr, Chinese and
 * English, naming what is at fault and the log file that holds the full trace ({@link ExitCodes}).
 */
public final class Dingkao {

	/** Commands that run a batch job, whose progress is shown while they work. */
	private static final Set<String> JOB_COMMANDS = Set.of("import", "rule", "summary", "feed", "nightly", "predict");

	private static final DateTimeFormatter LOG_STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");

	private Dingkao() {
	}

	public static void main(String[] args) {
		PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
		PrintStream err = new PrintStream(System.err, true, StandardCharsets.UTF_8);
		CliOptions options;
		try {
			options = CliOptions.parse(args);
		}
		catch (CliOptions.UsageException ex) {
			err.println("dingkao: " + ex.getMessage());
			System.exit(ExitCodes.USAGE);
			return;
		}
		int code = execute(options, out, err);
		if (!"serve".equals(options.command()) || code != ExitCodes.OK) {
			System.exit(code);
		}
	}

	/** Runs a parsed command line: the exit code, with failures reported on {@code err} and in the log file. */
	static int execute(CliOptions options, PrintStream out, PrintStream err) {
		Path logFile = logFile(options);
		Run run = new Run();
		try {
			return run(options, out, err, logFile, run);
		}
		catch (Exception | StackOverflowError | OutOfMemoryError ex) {
			run.stopProgress();
			Failure failure = Failure.of(ex, run.lastJobFailure, options);
			failure.appendTrace(logFile, ex);
			err.println("dingkao: " + failure.reason() + "；完整日志 (full log): " + logFile);
			return failure.exitCode();
		}
	}

	static int run(CliOptions options, PrintStream out, PrintStream err, Path logFile, Run run) throws Exception {
		if (CliOptions.HELP.equals(options.command())) {
			out.print(CliOptions.usage(options.arguments().isEmpty() ? null : options.arguments().get(0)));
			return ExitCodes.OK;
		}
		if (CliOptions.VERSION.equals(options.command())) {
			out.println(CliOptions.version());
			return ExitCodes.OK;
		}
		if ("generate".equals(options.command()) && !options.cycle().reassessment()) {
			// a regular cycle's set needs no database; a re-assessment's inbox is made from the base cycle's results
			return GenerateCommand.run(options, out);
		}
		boolean serve = "serve".equals(options.command());
		SpringApplication application = new SpringApplication(DingkaoApplication.class);
		application.setWebApplicationType(serve ? WebApplicationType.SERVLET : WebApplicationType.NONE);
		// as command-line properties, so they win over application.properties (default properties would not)
		ConfigurableApplicationContext context = application.run(contextProperties(options, logFile).entrySet()
			.stream()
			.map(property -> "--" + property.getKey() + "=" + property.getValue())
			.toArray(String[]::new));
		try {
			Command command = context.getBeansOfType(Command.class)
				.values()
				.stream()
				.filter(candidate -> candidate.name().equals(options.command()))
				.findFirst()
				.orElseThrow(() -> new CliOptions.UsageException("未知子命令 (unknown command): " + options.command()));
			if (JOB_COMMANDS.contains(options.command())) {
				run.progress = ProgressReporter.start(context, err);
			}
			try {
				return command.run(options, out);
			}
			finally {
				run.stopProgress();
				run.lastJobFailure = Failure.lastJobFailure(context);
			}
		}
		finally {
			if (!serve) {
				context.close();
			}
		}
	}

	static Map<String, Object> contextProperties(CliOptions options, Path logFile) {
		Map<String, Object> properties = new HashMap<>();
		properties.put("dingkao.data-dir", options.data().toString());
		properties.put("dingkao.out-dir", options.out().toString());
		properties.put("dingkao.input-dir", options.input().toString());
		// only a served application runs the nightly schedule; a command-line run must not fire it
		properties.put("spring.quartz.auto-startup", String.valueOf("serve".equals(options.command())));
		// the full log goes to a file; the terminal shows only the command's own output (a server keeps its console)
		properties.put("logging.file.name", logFile.toString());
		if (!"serve".equals(options.command())) {
			properties.put("logging.threshold.console", "OFF");
		}
		// dotted options are Spring properties (e.g. --dingkao.clock.date=2026-05-10 for a demo)
		options.options().forEach((name, value) -> {
			if (name.contains(".")) {
				properties.put(name, value);
			}
		});
		if (options.options().containsKey("port")) {
			properties.put("server.port", options.option("port", "8080"));
		}
		return properties;
	}

	/**
	 * {@code <out>/logs/dingkao-<command>-<yyyyMMdd-HHmmss>.log}: one file per run, so that the path a failure
	 * names holds exactly that run. When {@code <out>} cannot hold it, the system's temp folder does.
	 */
	static Path logFile(CliOptions options) {
		String name = "dingkao-" + options.command() + "-" + LocalDateTime.now().format(LOG_STAMP) + ".log";
		Path folder = "generate".equals(options.command()) ? Path.of(System.getProperty("java.io.tmpdir"), "dingkao-logs")
				: options.out().resolve("logs");
		try {
			Files.createDirectories(folder);
			return folder.resolve(name);
		}
		catch (Exception ex) {
			Path fallback = Path.of(System.getProperty("java.io.tmpdir"), "dingkao-logs");
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

		Failure.JobFailure lastJobFailure;

		void stopProgress() {
			if (this.progress != null) {
				this.progress.stop();
				this.progress = null;
			}
		}

	}

}
