package cn.dingkao.schedule;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.stream.Stream;

import cn.dingkao.batch.JobRunner;
import cn.dingkao.batch.StepCatalog;
import cn.dingkao.cli.Command;
import cn.dingkao.cli.StepTable;
import cn.dingkao.cli.CommandLineModel.JobOptions;
import cn.dingkao.cli.CommandLineModel;
import cn.dingkao.ingest.ImportReport;
import cn.dingkao.reconcile.RulingReport;

import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.stereotype.Component;

/**
 * {@code ./dingkao nightly [--rerun]}: the night's run for a business date. A night that failed continues
 * from its failed step; a completed night is not repeated unless {@code --rerun} asks for it.
 */
@Component
class NightlyCommand implements Command<CommandLineModel.Nightly> {

	private final JobRunner jobRunner;

	private final Job nightlyJob;

	private final RulingReport rulingReport;

	private final ImportReport importReport;

	private final StepCatalog steps;

	NightlyCommand(JobRunner jobRunner, @Qualifier("nightlyJob") Job nightlyJob, RulingReport rulingReport,
			ImportReport importReport, StepCatalog steps) {
		this.jobRunner = jobRunner;
		this.nightlyJob = nightlyJob;
		this.rulingReport = rulingReport;
		this.importReport = importReport;
		this.steps = steps;
	}

	@Override
	public Class<CommandLineModel.Nightly> options() {
		return CommandLineModel.Nightly.class;
	}

	@Override
	public boolean runsJobs() {
		return true;
	}

	@Override
	public int run(CommandLineModel.Nightly options, PrintStream out) throws Exception {
		JobOptions job = options.job();
		JobRunner.Outcome outcome = this.jobRunner.run(this.nightlyJob, job.jobParameters().toJobParameters(),
				options.rerun());
		JobExecution execution = outcome.execution();
		if (outcome.alreadyComplete()) {
			out.printf("业务日期 %s 的夜间作业已于 %s 完成，未重复运行；如需重跑请加 --rerun%n"
					+ "(the night of %s already completed; add --rerun to run it again)%n", job.businessDate(),
					execution.getEndTime(), job.businessDate());
		}
		else {
			StepTable.print(execution, this.steps, out);
			out.println();
			this.importReport.print(execution, job.out(), out);
			outcome.requireCompleted();
		}
		out.println();
		this.rulingReport.print(job.cycle(), out);
		out.println();
		printOutputs(job, out);
		return 0;
	}

	private static void printOutputs(JobOptions options, PrintStream out) throws IOException {
		String day = options.businessDate().format(DateTimeFormatter.BASIC_ISO_DATE);
		Path cycleSummary = options.out().resolve("summary").resolve(options.cycle().code());
		Path cycleFeed = options.out().resolve("feed").resolve(options.cycle().code());
		out.println("输出 (outputs):");
		for (Path file : list(cycleSummary, name -> name.endsWith("_" + day + ".xlsx"))) {
			out.println("  汇总表 " + file);
		}
		List<Path> feeds = list(cycleFeed, name -> name.startsWith("DK_" + options.cycle().code() + "_" + day + "_"));
		if (feeds.isEmpty()) {
			out.println("  报送文件：考核通道关闭后才生成 (the registry feed is written only after CLOSE)");
		}
		for (Path file : feeds) {
			out.println("  报送文件 " + file);
		}
	}

	private static List<Path> list(Path folder, java.util.function.Predicate<String> nameFilter) throws IOException {
		if (!Files.isDirectory(folder)) {
			return List.of();
		}
		try (Stream<Path> files = Files.list(folder)) {
			return files.filter(f -> nameFilter.test(f.getFileName().toString())).sorted().toList();
		}
	}

}
