package cn.dingkao.cli;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

import cn.dingkao.DingkaoApplication;
import cn.dingkao.generate.GenerateCommand;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Entry point of {@code ./dingkao}. Parses the command line, starts the application context with the
 * options that shape it (database folder, profile, web or not) and hands over to the named {@link Command}.
 * Exit code 0 on success; otherwise non-zero with a one-line reason on stderr.
 */
public final class Dingkao {

	private Dingkao() {
	}

	public static void main(String[] args) {
		PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
		int code;
		try {
			code = run(CliOptions.parse(args), out);
		}
		catch (Exception ex) {
			System.err.println("dingkao: " + oneLine(ex));
			code = 1;
		}
		if (!"serve".equals(args.length > 0 ? args[0] : "")) {
			System.exit(code);
		}
	}

	static int run(CliOptions options, PrintStream out) throws Exception {
		if ("generate".equals(options.command())) {
			return GenerateCommand.run(options, out);
		}
		boolean serve = "serve".equals(options.command());
		SpringApplication application = new SpringApplication(DingkaoApplication.class);
		application.setWebApplicationType(serve ? WebApplicationType.SERVLET : WebApplicationType.NONE);
		// as command-line properties, so they win over application.properties (default properties would not)
		ConfigurableApplicationContext context = application.run(contextProperties(options).entrySet()
			.stream()
			.map(property -> "--" + property.getKey() + "=" + property.getValue())
			.toArray(String[]::new));
		try {
			Command command = context.getBeansOfType(Command.class)
				.values()
				.stream()
				.filter(candidate -> candidate.name().equals(options.command()))
				.findFirst()
				.orElseThrow(() -> new IllegalArgumentException("未知子命令 (unknown command): " + options.command()));
			return command.run(options, out);
		}
		finally {
			if (!serve) {
				context.close();
			}
		}
	}

	static Map<String, Object> contextProperties(CliOptions options) {
		Map<String, Object> properties = new HashMap<>();
		properties.put("dingkao.data-dir", options.data().toString());
		properties.put("dingkao.out-dir", options.out().toString());
		properties.put("dingkao.input-dir", options.input().toString());
		// only a served application runs the nightly schedule; a command-line run must not fire it
		properties.put("spring.quartz.auto-startup", String.valueOf("serve".equals(options.command())));
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

	static String oneLine(Throwable ex) {
		Throwable root = ex;
		while (root.getCause() != null && root.getCause() != root) {
			root = root.getCause();
		}
		String message = root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
		return message.replaceAll("\\s+", " ").trim();
	}

}
