package cn.dingkao.feed;

import java.io.PrintStream;
import java.nio.file.Path;

import cn.dingkao.batch.JobRunner;
import cn.dingkao.cli.Command;
import cn.dingkao.cli.CommandLineModel;
import cn.dingkao.cli.Invocation;

import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;
import org.springframework.stereotype.Component;

/**
 * {@code dingkao feed [--delta [--resend-rejected]] [--force] [--again]}: writes one delivery of the registry feed and
 * prints it. The same night's run is not repeated by accident; {@code --again} asks for a further delivery.
 */
@Component
class FeedCommand implements Command<CommandLineModel.Feed> {

	private final JobRunner jobRunner;

	private final Job feedJob;

	private final FeedDeliveries deliveries;

	FeedCommand(JobRunner jobRunner, Job feedJob, FeedDeliveries deliveries) {
		this.jobRunner = jobRunner;
		this.feedJob = feedJob;
		this.deliveries = deliveries;
	}

	@Override
	public Class<CommandLineModel.Feed> options() {
		return CommandLineModel.Feed.class;
	}

	@Override
	public boolean runsJobs() {
		return true;
	}

	@Override
	public int run(CommandLineModel.Feed options, PrintStream out) throws Exception {
		JobRunner.Outcome outcome = this.jobRunner.run(this.feedJob, parameters(options), options.again());
		JobExecution execution = outcome.requireCompleted();
		FeedDelivery delivery = this.deliveries.byJobInstance(execution.getJobInstance().getInstanceId())
			.orElseThrow(() -> new IllegalStateException("作业完成但无交付记录 (job completed without a delivery)"));
		if (outcome.alreadyComplete()) {
			out.println("本日已报送，未重复生成（--again 再次报送） (already delivered today; --again for another delivery)");
		}
		out.println("file: " + Path.of(delivery.getFolder()).resolve(delivery.getFileName()));
		out.println("rows: " + delivery.getRowCount());
		out.println("sequence: " + delivery.getSeqNo());
		out.println("sha256: " + delivery.getSha256());
		return 0;
	}

	static JobParameters parameters(CommandLineModel.Feed options) {
		JobParametersBuilder parameters = options.job()
			.jobParameters()
			.addString("feedMode", options.delta() ? FeedMode.DELTA.name() : FeedMode.FULL.name(), true)
			.addString("force", String.valueOf(options.force()), false);
		if (options.resendRejected()) {
			if (!options.delta()) {
				throw new Invocation.UsageException("--resend-rejected 只用于 --delta（全量报送本就包含每位医师）"
						+ " (--resend-rejected goes with --delta; a FULL delivery carries every physician anyway)");
			}
			// identifying only when given, so that the runs of earlier versions keep their identity
			parameters.addString(FeedJobConfiguration.RESEND_REJECTED, "true", true);
		}
		return parameters.toJobParameters();
	}

}
