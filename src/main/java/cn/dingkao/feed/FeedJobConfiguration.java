package cn.dingkao.feed;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;

import cn.dingkao.batch.JobSteps;
import cn.dingkao.ruling.Cycle;

import org.springframework.batch.core.configuration.annotation.StepScope;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The {@code feed} job: one delivery of the registry feed for the electronic registration system.
 * Parameters: cycle, date (identifying), feedMode FULL/DELTA (identifying, so both can run the same night),
 * resendRejected (identifying, present only when true: a DELTA that also carries every physician the registry's
 * receipts rejected), out and force (non-identifying).
 */
@Configuration(proxyBeanMethods = false)
class FeedJobConfiguration {

	static final String RESEND_REJECTED = "resendRejected";

	@Bean
	@StepScope
	FeedTasklet feedTasklet(FeedMapper mapper, FeedWindow window, FeedBasis feedBasis,
			PlatformTransactionManager transactionManager,
			Clock clock, @Value("#{jobParameters['cycle']}") String cycle, @Value("#{jobParameters['date']}") LocalDate date,
			@Value("#{jobParameters['out']}") String out, @Value("#{jobParameters['feedMode']}") String feedMode,
			@Value("#{jobParameters['force']}") String force,
			@Value("#{jobParameters['" + RESEND_REJECTED + "']}") String resendRejected) {
		TransactionTemplate newTransaction = new TransactionTemplate(transactionManager);
		newTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
		return new FeedTasklet(mapper, window, feedBasis, newTransaction, clock, Cycle.of(cycle), date,
				Path.of(out == null ? "out" : out), FeedMode.parse(feedMode), Boolean.parseBoolean(force),
				Boolean.parseBoolean(resendRejected));
	}

	@Bean
	JobSteps feedSteps() {
		return FeedStep.all();
	}

	@Bean
	Step feedStep(JobRepository jobRepository, PlatformTransactionManager transactionManager, FeedTasklet feedTasklet) {
		return new StepBuilder(FeedStep.DELIVER.stepName(), jobRepository).tasklet(feedTasklet, transactionManager).build();
	}

	@Bean
	Job feedJob(JobRepository jobRepository, Step feedStep) {
		return new JobBuilder(FeedStep.JOB, jobRepository).start(feedStep).build();
	}

}
