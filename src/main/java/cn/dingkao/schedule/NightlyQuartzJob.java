package cn.dingkao.schedule;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;

import cn.dingkao.batch.FailureReason;
import cn.dingkao.batch.JobRunner;
import cn.dingkao.batch.RunInProgressException;
import cn.dingkao.batch.RunParameters;
import org.quartz.DisallowConcurrentExecution;
import org.quartz.JobExecutionContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.quartz.QuartzJobBean;

/**
 * What Quartz fires each night: the {@code nightly} batch job for today's business date. Quartz's
 * clustered JDBC store makes one node of several fire it; the batch job's identifying parameters make a
 * second firing of the same night a no-op (completed) or a restart (failed). A night that fails, or cannot
 * start because another run is alive, is logged at ERROR with its one-line reason (the job history keeps the
 * same reason as its exit description).
 */
@DisallowConcurrentExecution
class NightlyQuartzJob extends QuartzJobBean {

	private static final Logger log = LoggerFactory.getLogger(NightlyQuartzJob.class);

	private final JobRunner jobRunner;

	private final Job nightlyJob;

	private final Clock clock;

	private final int cycle;

	private final String input;

	private final String out;

	NightlyQuartzJob(JobRunner jobRunner, @Qualifier("nightlyJob") Job nightlyJob, Clock clock,
			@Value("${dingkao.schedule.cycle:2026}") int cycle, @Value("${dingkao.input-dir:sample-input}") String input,
			@Value("${dingkao.out-dir}") String out) {
		this.jobRunner = jobRunner;
		this.nightlyJob = nightlyJob;
		this.clock = clock;
		this.cycle = cycle;
		this.input = input;
		this.out = out;
	}

	@Override
	protected void executeInternal(JobExecutionContext context) {
		LocalDate today = LocalDate.now(this.clock);
		try {
			var parameters = RunParameters.of(this.cycle, today, Path.of(this.input), Path.of(this.out))
				.toJobParameters();
			JobRunner.Outcome outcome = this.jobRunner.run(this.nightlyJob, parameters, false);
			JobExecution execution = outcome.execution();
			if (execution.getStatus() == BatchStatus.FAILED) {
				log.error("计划的夜间作业失败 (scheduled night failed) for {}: {}", today,
						execution.getExitStatus().getExitDescription());
			}
			else {
				log.info("nightly {} for {}: {}", outcome.alreadyComplete() ? "already completed" : "ran", today,
						execution.getStatus());
			}
		}
		catch (RunInProgressException ex) {
			log.error("计划的夜间作业未启动 (scheduled night not started) for {}: {}", today, ex.getMessage());
		}
		catch (Exception ex) {
			log.error("计划的夜间作业未能启动 (scheduled night failed to start) for {}: {}", today,
					FailureReason.telling(ex), ex);
		}
	}

}
