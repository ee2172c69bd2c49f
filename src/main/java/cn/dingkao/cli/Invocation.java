package cn.dingkao.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;
import picocli.CommandLine.UnmatchedArgumentException;
import picocli.CommandLine;

/**
 * A parsed command line: {@code dingkao COMMAND [--option value | --flag]... [ARG]...}, checked against
 * {@link CommandLineModel} by picocli (unknown commands and options, bad values and missing arguments are usage
 * errors). {@code command} is the filled object of {@link CommandLineModel} the command line names — what the
 * command reads, through its accessors; a help or version request is a {@link CommandLineModel.Help} or
 * {@link #VERSION}. Options whose name has a dot ({@code --dingkao.clock.date=2026-05-10}) are Spring settings,
 * passed to the application as they are and read by nothing else.
 */
public record Invocation(Object command, Map<String, String> settings) {

	/** -V / --version: the program's version line. */
	public static final Object VERSION = new Object();

	public Invocation {
		settings = Map.copyOf(settings);
	}

	/** The command's options as the class its command runs; a command of another class is a usage error. */
	public <O> O options(Class<O> type) {
		if (!type.isInstance(this.command)) {
			throw new UsageException("不是 " + type.getSimpleName() + " 的命令行 (not a command line of "
					+ type.getSimpleName() + ")");
		}
		return type.cast(this.command);
	}

	/** The command's name, as typed ({@code import}, {@code help}, …); {@code version} for -V. */
	public String name() {
		if (this.command == VERSION) {
			return "version";
		}
		picocli.CommandLine.Command declared = this.command.getClass().getAnnotation(picocli.CommandLine.Command.class);
		return declared == null ? this.command.getClass().getSimpleName() : declared.name();
	}

	public static Invocation parse(String... args) {
		Map<String, String> settings = new TreeMap<>();
		List<String> declared = new ArrayList<>();
		for (int i = 0; i < args.length; i++) {
			String arg = args[i];
			String name = arg.startsWith("--") ? arg.substring(2).split("=", 2)[0] : "";
			if (name.contains(".")) {
				int eq = arg.indexOf('=');
				if (eq >= 0) {
					settings.put(name, arg.substring(eq + 1));
				}
				else if (i + 1 < args.length) {
					settings.put(name, args[++i]);
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
				return new Invocation(VERSION, settings);
			}
			if (result.isUsageHelpRequested()) {
				return new Invocation(new CommandLineModel.Help(), settings);
			}
			throw new UsageException("缺少子命令 (missing command)；可用 (commands): " + commandNames());
		}
		ParseResult sub = result.subcommand();
		if (sub.isUsageHelpRequested() || sub.isVersionHelpRequested()) {
			return new Invocation(new CommandLineModel.Help(sub.commandSpec().name()), settings);
		}
		return new Invocation(sub.commandSpec().userObject(), settings);
	}

	/** The program's version line. */
	public static String version() {
		return String.join(" ", commandLine().getCommandSpec().version());
	}

	/** The usage text of a command, or of {@code dingkao} itself for null. */
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

	/** A command line that does not match {@link CommandLineModel}. */
	public static final class UsageException extends IllegalArgumentException {

		public UsageException(String message) {
			super(message);
		}

	}

}
