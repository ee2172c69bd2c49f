package cn.dingkao.generate;

import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Duration;

import cn.dingkao.cli.CliOptions;

/**
 * {@code ./dingkao generate --physicians N --seed S --out DIR [--formats mixed]}: writes a realistic input set of a
 * regular cycle of any size (benchmarks, property tests). Needs no database, so it runs before the application
 * context starts. The inbox of a re-assessment ({@code --cycle 2026R}) is made from the database's results instead
 * ({@link ReassessmentGenerateCommand}).
 */
public final class GenerateCommand {

	private GenerateCommand() {
	}

	public static int run(CliOptions options, PrintStream out) throws Exception {
		long physicians = Long.parseLong(options.option("physicians", "1000"));
		long seed = Long.parseLong(options.option("seed", "1"));
		Path folder = options.out();
		long started = System.nanoTime();
		RowCounts counts = new InputSetGenerator(options.cycle()).generate(physicians, seed, folder, mixed(options));
		out.println("生成输入数据 (generated input set): " + physicians + " physicians, seed " + seed + ", cycle "
				+ options.cycle() + " → " + folder);
		counts.print(out);
		printTook(out, started);
		return 0;
	}

	/** {@code --formats mixed}: each file's encoding, format and header language drawn from the seed. */
	static boolean mixed(CliOptions options) {
		String formats = options.option("formats", "csv");
		if (!formats.equals("csv") && !formats.equals("mixed")) {
			throw new CliOptions.UsageException("--formats 应为 csv 或 mixed (--formats must be csv or mixed): " + formats);
		}
		return formats.equals("mixed");
	}

	static void printTook(PrintStream out, long started) {
		Duration took = Duration.ofNanos(System.nanoTime() - started);
		out.printf("用时 (took) %d.%03d s%n", took.toSeconds(), took.toMillisPart());
	}

}
