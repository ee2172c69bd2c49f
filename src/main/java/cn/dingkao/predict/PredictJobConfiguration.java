package cn.dingkao.predict;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;

import cn.dingkao.batch.JobSteps;
import cn.dingkao.batch.RunParameters;
import cn.dingkao.message.Outbox;
import cn.dingkao.reconcile.CaseReads;
import cn.dingkao.reconcile.PhysicianCaseReader;
import cn.dingkao.reconcile.Population;
import cn.dingkao.reconcile.ReferenceData;
import cn.dingkao.ruling.Cycle;
import cn.dingkao.ruling.PhysicianCase;
import cn.dingkao.ruling.Predictor;
import cn.dingkao.system.CycleCalendars;
import cn.dingkao.system.LoadData;

import org.springframework.batch.core.configuration.annotation.StepScope;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.builder.FlowBuilder;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.job.flow.Flow;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.task.SimpleAsyncTaskExecutor;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * The daily prediction ({@code predict}; issue 23, spec "Seeing it coming"): the inbox is imported as the nightly
 * imports it (a prediction on a refused or half-read file would tell people to take steps they took), then every
 * physician of the cycle's population is predicted through the ruling's own partitions, reader and engine
 * ({@link CaseReads}, {@link Predictor}), the day's counts per institution and step are written set-based, and the
 * day's reminders queued in the outbox ({@link RemindTasklet}).
 * Parameters: {@code cycle} and {@code date} (identifying: the day predicted for), {@code input}, {@code out}.
 * Restartable like the ruling: each partition resumes after its last committed chunk, the writer and the counts
 * are idempotent.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties({ PredictProperties.class, RemindProperties.class })
class PredictJobConfiguration {

	static final String RUN_ID = "predictionRunId";

	@Bean
	JobSteps predictSteps() {
		return PredictStep.all();
	}

	@Bean
	Step predictStartStep(JobRepository jobRepository, PlatformTransactionManager transactionManager,
			PredictMapper mapper, CaseReads cases, Clock clock) {
		return new StepBuilder(PredictStep.START.stepName(), jobRepository).tasklet((contribution, chunkContext) -> {
			var jobExecution = chunkContext.getStepContext().getStepExecution().getJobExecution();
			var jobContext = jobExecution.getExecutionContext();
			Cycle cycle = RunParameters.cycle(jobExecution.getJobParameters());
			cases.requireNoHalfMergedImport();
			Population population = cases.population(cycle);
			if (population != null) {
				cases.requireBaseResults(cycle);
				mapper.deleteOutsidePopulation(cycle, population);
			}
			cases.refreshPhysicianDistricts();
			if (!jobContext.containsKey(RUN_ID)) {
				PredictMapper.RunRow run = new PredictMapper.RunRow();
				run.cycleYear = cycle;
				run.businessDate = RunParameters.businessDate(jobExecution.getJobParameters());
				run.jobExecutionId = jobExecution.getId();
				run.startedAt = LocalDateTime.now(clock);
				mapper.insertRun(run);
				jobContext.putLong(RUN_ID, run.id);
			}
			return RepeatStatus.FINISHED;
		}, transactionManager).build();
	}

	@Bean
	Step predictPhysiciansStep(JobRepository jobRepository, CaseReads cases,
			@Qualifier("predictPhysicianRangeStep") Step predictPhysicianRangeStep, PredictProperties properties) {
		SimpleAsyncTaskExecutor executor = new SimpleAsyncTaskExecutor("predict-");
		executor.setConcurrencyLimit(properties.threads());
		return new StepBuilder(PredictStep.PHYSICIANS.stepName(), jobRepository)
			.partitioner(PredictStep.PHYSICIAN_RANGE.stepName(), cases.partitioner(PredictStep.PHYSICIAN_RANGE))
			.step(predictPhysicianRangeStep)
			.gridSize(properties.threads())
			.taskExecutor(executor)
			.build();
	}

	@Bean
	Step predictPhysicianRangeStep(JobRepository jobRepository, PlatformTransactionManager transactionManager,
			@Qualifier("predictReader") PhysicianCaseReader predictReader,
			PredictionProcessor predictProcessor, PredictionWriter predictWriter, PredictProperties properties) {
		return new StepBuilder(PredictStep.PHYSICIAN_RANGE.stepName(), jobRepository)
			.<PhysicianCase, PredictedPhysician>chunk(properties.chunkSize())
			.transactionManager(transactionManager)
			.reader(predictReader)
			.processor(predictProcessor)
			.writer(predictWriter)
			.build();
	}

	@Bean
	@StepScope
	PhysicianCaseReader predictReader(CaseReads cases,
			@Value("#{stepExecutionContext['" + CaseReads.AFTER + "']}") String after,
			@Value("#{stepExecutionContext['" + CaseReads.THROUGH + "']}") String through,
			@Value("#{jobParameters['cycle']}") String cycle, PredictProperties properties) {
		return cases.reader(Cycle.of(cycle), after, through, properties.chunkSize());
	}

	@Bean
	@StepScope
	PredictionProcessor predictProcessor(ReferenceData referenceData, CycleCalendars calendars,
			@Value("#{jobParameters['cycle']}") String cycle, @Value("#{jobParameters['date']}") LocalDate date) {
		return new PredictionProcessor(new Predictor(referenceData.engine()), calendars.of(Cycle.of(cycle)), date);
	}

	@Bean
	@StepScope
	PredictionWriter predictWriter(JdbcTemplate jdbc, LoadData loadData, Clock clock,
			@Value("#{jobParameters['cycle']}") String cycle, @Value("#{jobParameters['date']}") LocalDate date,
			@Value("#{jobExecutionContext['" + RUN_ID + "']}") Long runId) {
		return new PredictionWriter(jdbc, loadData, clock, Cycle.of(cycle), runId, date);
	}

	/** The day's counts, replaced as a whole in one transaction: a rerun or restart writes the same rows. */
	@Bean
	Step predictCountsStep(JobRepository jobRepository, PlatformTransactionManager transactionManager,
			PredictMapper mapper, PredictProperties properties) {
		return new StepBuilder(PredictStep.COUNTS.stepName(), jobRepository).tasklet((contribution, chunkContext) -> {
			var parameters = chunkContext.getStepContext().getStepExecution().getJobParameters();
			Cycle cycle = RunParameters.cycle(parameters);
			LocalDate day = RunParameters.businessDate(parameters);
			mapper.deleteCounts(cycle, day);
			contribution.incrementWriteCount(mapper.insertCounts(cycle, day, day.plusDays(properties.riskDays())));
			return RepeatStatus.FINISHED;
		}, transactionManager).build();
	}

	@Bean
	Step predictRemindStep(JobRepository jobRepository, PlatformTransactionManager transactionManager,
			RemindTasklet remindTasklet) {
		return new StepBuilder(PredictStep.REMIND.stepName(), jobRepository).tasklet(remindTasklet, transactionManager)
			.build();
	}

	@Bean
	@StepScope
	RemindTasklet remindTasklet(Reminders reminders, Outbox outbox, CycleCalendars calendars,
			@Value("#{jobParameters['cycle']}") String cycle, @Value("#{jobParameters['date']}") LocalDate date) {
		return new RemindTasklet(reminders, outbox, calendars, Cycle.of(cycle), date);
	}

	@Bean
	Step predictFinishStep(JobRepository jobRepository, PlatformTransactionManager transactionManager,
			PredictMapper mapper) {
		return new StepBuilder(PredictStep.FINISH.stepName(), jobRepository).tasklet((contribution, chunkContext) -> {
			var jobExecution = chunkContext.getStepContext().getStepExecution().getJobExecution();
			mapper.finishRun(jobExecution.getExecutionContext().getLong(RUN_ID),
					RunParameters.cycle(jobExecution.getJobParameters()));
			return RepeatStatus.FINISHED;
		}, transactionManager).build();
	}

	@Bean
	Flow predictFlow(@Qualifier("predictStartStep") Step predictStartStep,
			@Qualifier("predictPhysiciansStep") Step predictPhysiciansStep,
			@Qualifier("predictCountsStep") Step predictCountsStep,
			@Qualifier("predictRemindStep") Step predictRemindStep,
			@Qualifier("predictFinishStep") Step predictFinishStep) {
		return new FlowBuilder<Flow>("predictFlow").start(predictStartStep)
			.next(predictPhysiciansStep)
			.next(predictCountsStep)
			.next(predictRemindStep)
			.next(predictFinishStep)
			.build();
	}

	@Bean
	Job predictJob(JobRepository jobRepository, @Qualifier("importFlow") Flow importFlow,
			@Qualifier("predictFlow") Flow predictFlow) {
		return new JobBuilder("predict", jobRepository).start(importFlow).next(predictFlow).end().build();
	}

}
