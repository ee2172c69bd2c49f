package cn.dingkao.schedule;

import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.Date;

import cn.dingkao.batch.FailureReason;
import cn.dingkao.batch.JobRunner;
import cn.dingkao.batch.RunInProgressException;
import cn.dingkao.batch.RunParameters;
import cn.dingkao.ruling.CycleCalendar;
import cn.dingkao.system.CycleCalendars;
import cn.dingkao.system.DingkaoProperties;
import org.quartz.DisallowConcurrentExecution;
import org.quartz.JobExecutionContext;
import org.quartz.SchedulerException;
import org.quartz.TriggerBuilder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.Job;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.scheduling.quartz.QuartzJobBean;

/**
 * What Quartz fires each morning (issue 23): the {@code predict} batch job for today, once for every cycle whose
 * timeline predicts today ({@link CycleCalendar#predictionOn}: REGISTRATION … CLOSE). Quartz's clustered store makes
 * one node fire it, and the job's identifying parameters (cycle, date) make a second firing of the same morning a
 * no-op. When another run holds the database (a nightly run still at work), the morning is tried again a few
 * minutes later, up to {@link #RETRIES} times, rather than lost.
 */
@DisallowConcurrentExecution
class PredictQuartzJob extends QuartzJobBean {

	static final int RETRIES = 12;

	static final int RETRY_MINUTES = 5;

	private static final String ATTEMPT = "attempt";

	private static final Logger log = LoggerFactory.getLogger(PredictQuartzJob.class);

	private final JobRunner jobRunner;

	private final Job predictJob;

	private final CycleCalendars calendars;

	private final DingkaoProperties folders;

	PredictQuartzJob(JobRunner jobRunner, @Qualifier("predictJob") Job predictJob, CycleCalendars calendars,
			DingkaoProperties folders) {
		this.jobRunner = jobRunner;
		this.predictJob = predictJob;
		this.calendars = calendars;
		this.folders = folders;
	}

	@Override
	protected void executeInternal(JobExecutionContext context) {
		LocalDate today = this.calendars.today();
		boolean busy = false;
		for (CycleCalendar calendar : this.calendars.all()) {
			if (calendar.predictionOn(today)) {
				busy |= !runMorning(calendar, today);
			}
		}
		int attempt = context.getMergedJobDataMap().containsKey(ATTEMPT) ? context.getMergedJobDataMap().getInt(ATTEMPT)
				: 0;
		if (busy && attempt < RETRIES) {
			retryLater(context, attempt + 1);
		}
	}

	/** @return false when the run could not start because another run holds the database */
	private boolean runMorning(CycleCalendar calendar, LocalDate today) {
		try {
			var parameters = RunParameters
				.of(calendar.cycle(), today, this.folders.inputDir(), this.folders.outDir())
				.toJobParameters();
			JobRunner.Outcome outcome = this.jobRunner.run(this.predictJob, parameters, false);
			if (outcome.execution().getStatus() == BatchStatus.FAILED) {
				log.error("计划的每日预计失败 (scheduled prediction failed): cycle {} on {}: {}", calendar.cycle(), today,
						outcome.execution().getExitStatus().getExitDescription());
			}
			else {
				log.info("predict {} for cycle {} on {}: {}", outcome.alreadyComplete() ? "already completed" : "ran",
						calendar.cycle(), today, outcome.execution().getStatus());
			}
			return true;
		}
		catch (RunInProgressException ex) {
			log.warn("每日预计未启动，{} 分钟后重试 (prediction not started, retrying in {} min): cycle {} on {}: {}",
					RETRY_MINUTES, RETRY_MINUTES, calendar.cycle(), today, ex.getMessage());
			return false;
		}
		catch (Exception ex) {
			log.error("计划的每日预计未能启动 (scheduled prediction failed to start): cycle {} on {}: {}", calendar.cycle(),
					today, FailureReason.telling(ex), ex);
			return true;
		}
	}

	private static void retryLater(JobExecutionContext context, int attempt) {
		try {
			context.getScheduler().scheduleJob(TriggerBuilder.newTrigger()
				.forJob(context.getJobDetail())
				.usingJobData(ATTEMPT, attempt)
				.startAt(Date.from(ZonedDateTime.now(ScheduleConfiguration.BEIJING).plusMinutes(RETRY_MINUTES).toInstant()))
				.build());
		}
		catch (SchedulerException ex) {
			log.error("每日预计的重试未能安排 (could not schedule the prediction's retry)", ex);
		}
	}

}
