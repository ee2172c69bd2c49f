package cn.dingkao.schedule;

import java.time.ZoneId;
import java.util.TimeZone;

import cn.dingkao.predict.PredictProperties;
import org.quartz.CronScheduleBuilder;
import org.quartz.JobBuilder;
import org.quartz.JobDetail;
import org.quartz.Trigger;
import org.quartz.TriggerBuilder;

import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The schedules. The nightly one: a cron from configuration (default 01:30, Beijing time); on each firing every cycle whose
 * nightly days include today runs (for 2026 every day of August, for 2026R July 2027). A misfire (every node down
 * at 01:30) runs the missed night once when a node comes back, not once per missed firing. The morning prediction
 * (issue 23): {@code dingkao.predict.cron} (default 06:00), every day from REGISTRATION to CLOSE of each cycle.
 */
@Configuration(proxyBeanMethods = false)
class ScheduleConfiguration {

	static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");

	@Bean
	JobDetail nightlyJobDetail() {
		return JobBuilder.newJob(NightlyQuartzJob.class).withIdentity("nightly", "dingkao").storeDurably().build();
	}

	@Bean
	JobDetail predictJobDetail() {
		return JobBuilder.newJob(PredictQuartzJob.class).withIdentity("predict", "dingkao").storeDurably().build();
	}

	@Bean
	Trigger predictTrigger(@Qualifier("predictJobDetail") JobDetail predictJobDetail, PredictProperties properties) {
		return cron(predictJobDetail, properties.cron());
	}

	@Bean
	Trigger nightlyTrigger(@Qualifier("nightlyJobDetail") JobDetail nightlyJobDetail, ScheduleProperties properties) {
		return cron(nightlyJobDetail, properties.cron());
	}

	/** A job's trigger, named as the job, at a cron in Beijing time; a missed firing runs once when a node is back. */
	private static Trigger cron(JobDetail job, String cron) {
		return TriggerBuilder.newTrigger()
			.forJob(job)
			.withIdentity(job.getKey().getName(), job.getKey().getGroup())
			.withSchedule(CronScheduleBuilder.cronSchedule(cron)
				.inTimeZone(TimeZone.getTimeZone(BEIJING))
				.withMisfireHandlingInstructionFireAndProceed())
			.build();
	}

}
