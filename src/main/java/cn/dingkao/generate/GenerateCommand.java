package cn.dingkao.generate;

import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Duration;

import cn.dingkao.ruling.Cycle;

/**
 * {@code ./dingkao generate --physicians N --seed S --out DIR}: writes a realistic input set of any size for
 * benchmarks. Needs no database, so it runs before the application context starts.
 */
public final class GenerateCommand {

	private GenerateCommand() {
	}

	/** Writes the input set of {@code physicians} physicians for {@code cycle} into {@code folder}. */
	public static int run(long physicians, long seed, Path folder, Cycle cycle, PrintStream out) throws Exception {
		long started = System.nanoTime();
		if (cycle.reassessment()) {
			throw new IllegalArgumentException("generate 只生成常规考核年度的数据，请给出年份，如 --cycle 2026"
					+ " (generate writes a regular cycle's inputs: give a year, e.g. --cycle 2026)");
		}
		RowCounts counts = new InputSetGenerator(cycle).generate(physicians, seed, folder);
		Duration took = Duration.ofNanos(System.nanoTime() - started);
		out.println("生成输入数据 (generated input set): " + physicians + " physicians, seed " + seed + ", cycle "
				+ cycle + " → " + folder);
		counts.print(out);
		out.printf("用时 (took) %d.%03d s%n", took.toSeconds(), took.toMillisPart());
		return 0;
	}

}
