package cn.dingkao.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

import cn.dingkao.ruling.Cycle;
import picocli.CommandLine;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;
import picocli.CommandLine.UnmatchedArgumentException;

/**
 * A parsed command line: {@code dingkao COMMAND [--option value | --flag]... [ARG]...}, checked against
 * {@link CommandLineModel} by picocli (unknown commands and options, bad values and missing arguments are usage
 * errors). Options hold every declared option's value, defaults included; options whose name has a dot
 * ({@code --dingkao.clock.date=2026-05-10}) are Spring settings, passed to the application as they are.
 * Relative paths are taken from the folder the command was typed in.
 */
public record CliOptions(String command, Map<String, String> options, List<String> arguments) {

	/** The command a help request turns into: {@code --help}, {@code help X} and {@code X --help} alike. */
	public static final String HELP = "help";

	/** -V / --version: the program's version line. */
	public static final String VERSION = "version";

	public static final Cycle DEFAULT_CYCLE = Cycle.of(CommandLineModel.DEFAULT_CYCLE);

	public static CliOptions parse(String... args) {
		Map<String, String> options = new TreeMap<>();
		List<String> declared = new ArrayList<>();
		for (int i = 0; i < args.length; i++) {
			String arg = args[i];
			String name = arg.startsWith("--") ? arg.substring(2).split("=", 2)[0] : "";
			if (name.contains(".")) {
				int eq = arg.indexOf('=');
				if (eq >= 0) {
					options.put(name, arg.substring(eq + 1));
				}
				else if (i + 1 < args.length) {
					options.put(name, args[++i]);
				}
				else {
					throw new UsageException("设置缺少取值 (setting without a value): " + arg);
				}
			}
			else {
				declared.add(arg);
			}
		}
		CommandLine commandLine = commandLine();
		ParseResult result;
		try {
			result = commandLine.parseArgs(declared.toArray(String[]::new));
		}
		catch (ParameterException ex) {
			throw new UsageException(describe(ex));
		}
		if (!result.hasSubcommand()) {
			if (result.isVersionHelpRequested()) {
				return new CliOptions(VERSION, options, List.of());
			}
			if (result.isUsageHelpRequested()) {
				return new CliOptions(HELP, options, List.of());
			}
			throw new UsageException("缺少子命令 (missing command)；可用 (commands): " + commandNames());
		}
		ParseResult sub = result.subcommand();
		String command = sub.commandSpec().name();
		if (sub.isUsageHelpRequested() || sub.isVersionHelpRequested()) {
			return new CliOptions(HELP, options, List.of(command));
		}
		for (OptionSpec option : sub.commandSpec().options()) {
			Object value = option.getValue();
			if (value != null && !option.usageHelp() && !option.versionHelp()) {
				options.put(option.longestName().substring(2), value instanceof Cycle cycle ? cycle.code() : value.toString());
			}
		}
		List<String> arguments = new ArrayList<>();
		for (PositionalParamSpec positional : sub.commandSpec().positionalParameters()) {
			if (positional.getValue() != null) {
				arguments.add(positional.getValue().toString());
			}
		}
		return new CliOptions(command, options, List.copyOf(arguments));
	}

	/** The usage text of a command, or of {@code dingkao} itself for null. */
	public static String version() {
		return String.join(" ", commandLine().getCommandSpec().version());
	}

	public static String usage(String command) {
		CommandLine commandLine = commandLine();
		if (command != null) {
			commandLine = commandLine.getSubcommands().get(command);
			if (commandLine == null) {
				throw new UsageException("未知子命令 (unknown command): " + command + "；可用 (commands): " + commandNames());
			}
		}
		StringWriter text = new StringWriter();
		commandLine.usage(new PrintWriter(text), CommandLine.Help.Ansi.OFF);
		return text.toString();
	}

	private static CommandLine commandLine() {
		return new CommandLine(new CommandLineModel()).setUsageHelpWidth(110).setAbbreviatedOptionsAllowed(false);
	}

	private static String commandNames() {
		return String.join(", ", commandLine().getSubcommands().keySet());
	}

	/** A usage error as one line, naming the command or option at fault. */
	private static String describe(ParameterException ex) {
		CommandLine at = ex.getCommandLine();
		boolean top = at.getCommandSpec().parent() == null;
		if (ex instanceof UnmatchedArgumentException unmatched) {
			String first = unmatched.getUnmatched().isEmpty() ? "" : unmatched.getUnmatched().get(0);
			if (top && !first.startsWith("-")) {
				return "未知子命令 (unknown command): " + first + "；可用 (commands): " + commandNames()
						+ "；./dingkao --help 查看用法 (for usage)";
			}
			String command = top ? "dingkao" : at.getCommandName();
			String known = at.getCommandSpec()
				.options()
				.stream()
				.map(OptionSpec::longestName)
				.collect(Collectors.joining(", "));
			return (first.startsWith("-") ? "未知选项 (unknown option): " : "多余的参数 (unexpected argument): ") + first
					+ "（" + command + " 可用选项 (options): " + known + "；./dingkao help "
					+ (top ? "" : at.getCommandName()) + " 查看用法 (for usage)）";
		}
		String message = ex.getMessage() == null ? ex.getClass().getSimpleName() : ex.getMessage();
		if (message.startsWith("Invalid value for option") && message.contains(": ")) {
			message = message.substring(message.indexOf(": ") + 2);
		}
		if (message.startsWith("Missing required parameter")) {
			message = "缺少参数 (missing argument) " + message.substring(message.indexOf(':') + 1).trim();
		}
		return message.replaceAll("\\s+", " ").trim() + "（./dingkao help "
				+ (top ? "" : at.getCommandName()) + " 查看用法 (for usage)）";
	}

	public Path input() {
		return path("input", "sample-input");
	}

	public Path out() {
		return path("out", "out");
	}

	public Path data() {
		return path("data", "data");
	}

	/** {@code --cycle 2026} or {@code --cycle 2026R} (a plain year is the regular cycle). */
	public Cycle cycle() {
		String code = this.options.get("cycle");
		return code == null ? DEFAULT_CYCLE : Cycle.of(code);
	}

	public LocalDate businessDate() {
		String date = this.options.get("date");
		return date == null ? LocalDate.now(ZoneId.of("Asia/Shanghai")) : LocalDate.parse(date);
	}

	public boolean flag(String name) {
		return Boolean.parseBoolean(this.options.getOrDefault(name, "false"));
	}

	public String option(String name, String defaultValue) {
		return this.options.getOrDefault(name, defaultValue);
	}

	private Path path(String name, String defaultValue) {
		return Path.of(this.options.getOrDefault(name, defaultValue)).toAbsolutePath().normalize();
	}

	/** A command line that does not match {@link CommandLineModel}. */
	public static final class UsageException extends IllegalArgumentException {

		public UsageException(String message) {
			super(message);
		}

	}

}
