package cn.dingkao.generate;

import java.io.PrintStream;

import cn.dingkao.cli.Command;
import cn.dingkao.cli.CommandLineModel;
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
class ReassessmentGenerateCommand implements Command<CommandLineModel.Generate> {

	private final JdbcTemplate jdbc;

	private final CycleCalendars calendars;

	ReassessmentGenerateCommand(JdbcTemplate jdbc, CycleCalendars calendars) {
		this.jdbc = jdbc;
		this.calendars = calendars;
	}

	@Override
	public Class<CommandLineModel.Generate> options() {
		return CommandLineModel.Generate.class;
	}

	@Override
	public int run(CommandLineModel.Generate options, PrintStream out) throws Exception {
		Cycle cycle = options.cycle();
		long seed = options.seed();
		long started = System.nanoTime();
		ReassessmentInboxGenerator generator = new ReassessmentInboxGenerator(this.jdbc, this.calendars.of(cycle));
		RowCounts counts = generator.generate(seed, options.out(), options.mixed());
		out.println("生成" + cycle.title() + "输入数据 (generated the inbox of " + cycle + "): "
				+ generator.population().size() + " physicians of the population, seed " + seed + " → " + options.out());
		counts.print(out);
		GenerateCommand.printTook(out, started);
		return 0;
	}

}
