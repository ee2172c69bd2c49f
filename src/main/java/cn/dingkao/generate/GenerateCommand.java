package cn.dingkao.generate;

import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Duration;

import cn.dingkao.cli.CliOptions;

/**
 * {@code ./dingkao generate --physicians N --seed S --out DIR}: writes a realistic input set of any size for
 * benchmarks. Needs no database, so it runs before the application context starts.
 */
public final class GenerateCommand {

	private GenerateCommand() {
	}

	public static int run(CliOptions options, PrintStream out) throws Exception {
		long physicians = Long.parseLong(options.option("physicians", "1000"));
		long seed = Long.parseLong(options.option("seed", "1"));
		Path folder = options.out();
		long started = System.nanoTime();
		if (options.cycle().reassessment()) {
			throw new IllegalArgumentException("generate 只生成常规考核年度的数据，请给出年份，如 --cycle 2026"
					+ " (generate writes a regular cycle's inputs: give a year, e.g. --cycle 2026)");
		}
		RowCounts counts = new InputSetGenerator(options.cycle()).generate(physicians, seed, folder);
		Duration took = Duration.ofNanos(System.nanoTime() - started);
		out.println("生成输入数据 (generated input set): " + physicians + " physicians, seed " + seed + ", cycle "
				+ options.cycle() + " → " + folder);
		counts.print(out);
		out.printf("用时 (took) %d.%03d s%n", took.toSeconds(), took.toMillisPart());
		return 0;
	}

}
