package cn.dingkao.schedule;

import java.time.ZoneId;
import java.util.TimeZone;

import org.quartz.CronScheduleBuilder;
import org.quartz.JobBuilder;
import org.quartz.JobDetail;
import org.quartz.Trigger;
import org.quartz.TriggerBuilder;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The nightly schedule: a cron from configuration (default 01:30, Beijing time); on each firing every cycle whose
 * nightly days include today runs (for 2026 every day of August, for 2026R July 2027). A misfire (every node down
 * at 01:30) runs the missed night once when a node comes back, not once per missed firing.
 */
@Configuration(proxyBeanMethods = false)
class ScheduleConfiguration {

	static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");

	@Bean
	JobDetail nightlyJobDetail() {
		return JobBuilder.newJob(NightlyQuartzJob.class).withIdentity("nightly", "dingkao").storeDurably().build();
	}

	@Bean
	Trigger nightlyTrigger(JobDetail nightlyJobDetail, ScheduleProperties properties) {
		return TriggerBuilder.newTrigger()
			.forJob(nightlyJobDetail)
			.withIdentity("nightly", "dingkao")
			.withSchedule(CronScheduleBuilder.cronSchedule(properties.cron())
				.inTimeZone(TimeZone.getTimeZone(BEIJING))
				.withMisfireHandlingInstructionFireAndProceed())
			.build();
	}

}
