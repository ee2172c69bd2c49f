package cn.dingkao.generate;

import java.io.PrintStream;

import cn.dingkao.cli.CliOptions;
import cn.dingkao.cli.Command;
import cn.dingkao.ruling.Cycle;
import cn.dingkao.system.CycleCalendars;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * {@code ./dingkao generate --cycle 2026R --seed S --out DIR [--formats mixed]}: the inbox of a re-assessment for
 * the population the database's results of the base cycle name (the same {@code --data} or mysql settings as every
 * database command). A regular cycle's set needs no database and never gets here ({@link GenerateCommand}).
 */
@Component
class ReassessmentGenerateCommand implements Command {

	private final JdbcTemplate jdbc;

	private final CycleCalendars calendars;

	ReassessmentGenerateCommand(JdbcTemplate jdbc, CycleCalendars calendars) {
		this.jdbc = jdbc;
		this.calendars = calendars;
	}

	@Override
	public String name() {
		return "generate";
	}

	@Override
	public int run(CliOptions options, PrintStream out) throws Exception {
		Cycle cycle = options.cycle();
		long seed = Long.parseLong(options.option("seed", "1"));
		long started = System.nanoTime();
		ReassessmentInboxGenerator generator = new ReassessmentInboxGenerator(this.jdbc, this.calendars.of(cycle));
		RowCounts counts = generator.generate(seed, options.out(), GenerateCommand.mixed(options));
		out.println("生成" + cycle.title() + "输入数据 (generated the inbox of " + cycle + "): "
				+ generator.population().size() + " physicians of the population, seed " + seed + " → " + options.out());
		counts.print(out);
		GenerateCommand.printTook(out, started);
		return 0;
	}

}
