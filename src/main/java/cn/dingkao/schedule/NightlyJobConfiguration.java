package cn.dingkao.schedule;

import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.job.flow.Flow;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The nightly job: import → rule → summary → feed (the feed only after CLOSE). Its identifying parameters
 * are the cycle and the business date, so a failed night restarts at the failed step and a completed night
 * is not repeated by accident.
 */
@Configuration(proxyBeanMethods = false)
class NightlyJobConfiguration {

	@Bean
	Job nightlyJob(JobRepository jobRepository, @Qualifier("importFlow") Flow importFlow,
			@Qualifier("ruleFlow") Flow ruleFlow, @Qualifier("summaryStep") Step summaryStep,
			@Qualifier("feedStep") Step feedStep, FeedDayDecider feedDay) {
		return new JobBuilder("nightly", jobRepository).start(importFlow)
			.next(ruleFlow)
			.next(summaryStep)
			.next(feedDay)
			.on(FeedDayDecider.FEED)
			.to(feedStep)
			.from(feedDay)
			.on("*")
			.end()
			.end()
			.build();
	}

}
