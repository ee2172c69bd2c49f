package cn.dingkao.generate;

import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Duration;

import cn.dingkao.cli.CommandLineModel;
import cn.dingkao.cli.StandaloneCommand;
import cn.dingkao.ruling.Cycle;

/**
 * {@code ./dingkao generate --physicians N --seed S --out DIR [--formats mixed]}: writes a realistic input set of a
 * regular cycle of any size (benchmarks, property tests). Needs no database, so it runs before the application
 * context starts. The inbox of a re-assessment ({@code --cycle 2026R}) is made from the database's results instead
 * ({@link ReassessmentGenerateCommand}).
 */
public final class GenerateCommand implements StandaloneCommand<CommandLineModel.Generate> {

	/** Made by {@link java.util.ServiceLoader} (META-INF/services/cn.dingkao.cli.StandaloneCommand). */
	public GenerateCommand() {
	}

	@Override
	public Class<CommandLineModel.Generate> options() {
		return CommandLineModel.Generate.class;
	}

	@Override
	public boolean accepts(CommandLineModel.Generate options) {
		return !options.needsDatabase();
	}

	@Override
	public int run(CommandLineModel.Generate options, PrintStream out) throws Exception {
		return run(options.physicians(), options.seed(), options.out(), options.cycle(), options.mixed(), out);
	}

	/**
	 * Writes the input set of {@code physicians} physicians of a regular {@code cycle} into {@code folder}; {@code mixed}:
	 * each file's encoding, format and header language drawn from the seed.
	 */
	public static int run(long physicians, long seed, Path folder, Cycle cycle, boolean mixed, PrintStream out)
			throws Exception {
		long started = System.nanoTime();
		RowCounts counts = new InputSetGenerator(cycle).generate(physicians, seed, folder, mixed);
		out.println("生成输入数据 (generated input set): " + physicians + " physicians, seed " + seed + ", cycle "
				+ cycle + " → " + folder);
		counts.print(out);
		printTook(out, started);
		return 0;
	}

	public static void printTook(PrintStream out, long started) {
		Duration took = Duration.ofNanos(System.nanoTime() - started);
		out.printf("用时 (took) %d.%03d s%n", took.toSeconds(), took.toMillisPart());
	}

}
