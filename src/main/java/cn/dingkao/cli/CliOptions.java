package cn.dingkao.cli;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import cn.dingkao.ruling.Cycle;

/**
 * The command line: {@code dingkao COMMAND [--option value | --flag]... [ARG]...}.
 * Options common to every command have typed accessors; the rest stay available by name.
 */
public record CliOptions(String command, Map<String, String> options, List<String> arguments) {

	public static final Cycle DEFAULT_CYCLE = Cycle.regular(2026);

	public static CliOptions parse(String... args) {
		if (args.length == 0) {
			throw new IllegalArgumentException("缺少子命令 (missing command)");
		}
		Map<String, String> options = new TreeMap<>();
		List<String> arguments = new ArrayList<>();
		for (int i = 1; i < args.length; i++) {
			String arg = args[i];
			if (arg.startsWith("--")) {
				String name = arg.substring(2);
				int eq = name.indexOf('=');
				if (eq >= 0) {
					options.put(name.substring(0, eq), name.substring(eq + 1));
				}
				else if (i + 1 < args.length && !args[i + 1].startsWith("--")) {
					options.put(name, args[++i]);
				}
				else {
					options.put(name, "true");
				}
			}
			else {
				arguments.add(arg);
			}
		}
		return new CliOptions(args[0], options, arguments);
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
		String code = options.get("cycle");
		return code == null ? DEFAULT_CYCLE : Cycle.of(code);
	}

	public LocalDate businessDate() {
		String date = options.get("date");
		return date == null ? LocalDate.now(java.time.ZoneId.of("Asia/Shanghai")) : LocalDate.parse(date);
	}

	public boolean flag(String name) {
		return Boolean.parseBoolean(options.getOrDefault(name, "false"));
	}

	public String option(String name, String defaultValue) {
		return options.getOrDefault(name, defaultValue);
	}

	private Path path(String name, String defaultValue) {
		return Path.of(options.getOrDefault(name, defaultValue)).toAbsolutePath().normalize();
	}

}
