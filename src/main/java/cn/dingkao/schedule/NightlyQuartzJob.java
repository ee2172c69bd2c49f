package cn.dingkao.schedule;

import java.time.LocalDate;

import cn.dingkao.batch.FailureReason;
import cn.dingkao.batch.JobRunner;
import cn.dingkao.batch.RunInProgressException;
import cn.dingkao.batch.RunParameters;
import cn.dingkao.ruling.CycleCalendar;
import cn.dingkao.system.CycleCalendars;
import cn.dingkao.system.DingkaoProperties;
import org.quartz.DisallowConcurrentExecution;
import org.quartz.JobExecutionContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.scheduling.quartz.QuartzJobBean;

/**
 * What Quartz fires each night: the {@code nightly} batch job for today's business date, once for every cycle
 * whose timeline has a nightly run today ({@link CycleCalendar#nightlyOn}). Quartz's clustered JDBC store makes
 * one node of several fire it; the batch job's identifying parameters make a second firing of the same night a
 * no-op (completed) or a restart (failed). A night that fails, or cannot start because another run is alive, is
 * logged at ERROR with its one-line reason (the job history keeps the same reason as its exit description).
 */
@DisallowConcurrentExecution
class NightlyQuartzJob extends QuartzJobBean {

	private static final Logger log = LoggerFactory.getLogger(NightlyQuartzJob.class);

	private final JobRunner jobRunner;

	private final Job nightlyJob;

	private final CycleCalendars calendars;

	private final DingkaoProperties folders;

	NightlyQuartzJob(JobRunner jobRunner, @Qualifier("nightlyJob") Job nightlyJob, CycleCalendars calendars,
			DingkaoProperties folders) {
		this.jobRunner = jobRunner;
		this.nightlyJob = nightlyJob;
		this.calendars = calendars;
		this.folders = folders;
	}

	@Override
	protected void executeInternal(JobExecutionContext context) {
		LocalDate today = this.calendars.today();
		for (CycleCalendar calendar : this.calendars.all()) {
			if (calendar.nightlyOn(today)) {
				runNight(calendar, today);
			}
		}
	}

	private void runNight(CycleCalendar calendar, LocalDate today) {
		try {
			var parameters = RunParameters
				.of(calendar.cycle(), today, this.folders.inputDir(), this.folders.outDir())
				.toJobParameters();
			JobRunner.Outcome outcome = this.jobRunner.run(this.nightlyJob, parameters, false);
			JobExecution execution = outcome.execution();
			if (execution.getStatus() == BatchStatus.FAILED) {
				log.error("计划的夜间作业失败 (scheduled night failed): cycle {} on {}: {}", calendar.cycle(), today,
						execution.getExitStatus().getExitDescription());
			}
			else {
				log.info("nightly {} for cycle {} on {}: {}", outcome.alreadyComplete() ? "already completed" : "ran",
						calendar.cycle(), today, execution.getStatus());
			}
		}
		catch (RunInProgressException ex) {
			log.error("计划的夜间作业未启动 (scheduled night not started): cycle {} on {}: {}", calendar.cycle(), today,
					ex.getMessage());
		}
		catch (Exception ex) {
			log.error("计划的夜间作业未能启动 (scheduled night failed to start): cycle {} on {}: {}", calendar.cycle(),
					today, FailureReason.telling(ex), ex);
		}
	}

}
