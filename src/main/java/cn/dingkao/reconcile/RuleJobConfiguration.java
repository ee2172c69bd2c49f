package cn.dingkao.reconcile;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import cn.dingkao.batch.JobSteps;
import cn.dingkao.batch.RunParameters;
import cn.dingkao.ruling.Cycle;
import cn.dingkao.ruling.PhysicianCase;
import cn.dingkao.ruling.Severity;
import cn.dingkao.ruling.WarningCode;
import cn.dingkao.system.CycleCalendars;
import cn.dingkao.system.LoadData;

import org.springframework.batch.core.configuration.annotation.StepScope;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.listener.StepExecutionListener;
import org.springframework.batch.core.job.builder.FlowBuilder;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.job.flow.Flow;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.task.SimpleAsyncTaskExecutor;
import org.springframework.core.task.TaskExecutor;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * The ruling job ({@code rule}): open a ruling run, rule on every physician partitioned by ranges of cert_no
 * (partitions in parallel), record the set-based warnings about rows that match no physician or org,
 * close the run. Parameters: {@code cycle}, {@code date} (the business date), {@code full} (optional). After a
 * finished run on the same basis only the physicians whose records changed, or whose ruling the new date can
 * change, are ruled ({@link RulingScope}): the others' results would come out the same.
 */
@Configuration(proxyBeanMethods = false)
class RuleJobConfiguration {

	static final String RUN_ID = "rulingRunId";

	/** The run's rule_todo when it rules only the physicians whose records changed (absent: everyone). */
	static final String TODO_RUN = "rulingTodoRun";

	/** How many input rows changed since the previous run (absent: a run that rules everyone). */
	static final String CHANGED_ROWS = "rulingChangedRows";

	/**
	 * Job parameter (not identifying): {@code true} rules every physician even after a finished run on the same
	 * basis (issue 26), as {@code dingkao.rule.changed-only=false} does for every run.
	 */
	public static final String FULL = "full";

	/** The severities of the warnings the set-based step writes, by code name (for the mapper's SQL). */
	static final Map<String, Severity> SET_ASIDE_SEVERITIES = Stream
		.of(WarningCode.UNKNOWN_PHYSICIAN, WarningCode.UNKNOWN_ORG, WarningCode.NOT_DUE_FOR_REASSESSMENT)
		.collect(Collectors.toMap(WarningCode::name, WarningCode::severity));

	@Bean
	JobSteps ruleSteps() {
		return RuleStep.all();
	}

	// ---------------------------------------------------------------- rule.start

	@Bean
	Step ruleStartStep(JobRepository jobRepository, PlatformTransactionManager transactionManager,
			ReconcileMapper mapper, CaseReads cases, RulingScope scope, RuleProperties properties, Clock clock) {
		return new StepBuilder(RuleStep.START.stepName(), jobRepository).tasklet((contribution, chunkContext) -> {
			var jobExecution = chunkContext.getStepContext().getStepExecution().getJobExecution();
			var jobContext = jobExecution.getExecutionContext();
			cases.requireNoHalfMergedImport();
			Cycle cycle = RunParameters.cycle(jobExecution.getJobParameters());
			Population population = Population.of(cycle);
			if (population != null) {
				cases.requireBaseResults(cycle);
				mapper.deleteExceptionsOutsidePopulation(cycle, population);
				mapper.deleteResultsOutsidePopulation(cycle, population);
			}
			cases.refreshPhysicianDistricts();
			if (!jobContext.containsKey(RUN_ID)) {
				RunRow run = new RunRow();
				run.cycleYear = cycle;
				run.businessDate = RunParameters.businessDate(jobExecution.getJobParameters());
				run.jobExecutionId = jobExecution.getId();
				run.startedAt = LocalDateTime.now(clock);
				mapper.insertRun(run);
				boolean full = !properties.changedOnly()
						|| "true".equals(jobExecution.getJobParameters().getString(FULL));
				RulingScope.Decision decision = scope.begin(cycle, run.businessDate, run.id, full);
				jobContext.putLong(RUN_ID, run.id);
				if (decision.scope() == RulingScope.Scope.CHANGED) {
					jobContext.putLong(TODO_RUN, run.id);
					jobContext.putLong(CHANGED_ROWS, decision.changedRows());
				}
			}
			return RepeatStatus.FINISHED;
		}, transactionManager).build();
	}

	/**
	 * Puts the run back into the job's context when a kill fell between rule.start's commit and the save of the
	 * job's context that follows it (two transactions): the restart skips the completed rule.start, and the later
	 * steps find their run in ruling_run, by the executions of this job instance (the latest unfinished one).
	 */
	@Bean
	StepExecutionListener ruleRunRecovery(JdbcTemplate jdbc) {
		return new StepExecutionListener() {
			@Override
			public void beforeStep(StepExecution stepExecution) {
				var jobExecution = stepExecution.getJobExecution();
				var jobContext = jobExecution.getExecutionContext();
				if (jobContext.containsKey(RUN_ID)) {
					return;
				}
				jdbc.query("""
						SELECT r.id, r.scope FROM ruling_run r
						  JOIN BATCH_JOB_EXECUTION e ON e.JOB_EXECUTION_ID = r.job_execution_id
						 WHERE e.JOB_INSTANCE_ID = ? AND r.finished_at IS NULL
						 ORDER BY r.id DESC LIMIT 1""", (RowCallbackHandler) rs -> {
					jobContext.putLong(RUN_ID, rs.getLong(1));
					if (RulingScope.Scope.CHANGED.name().equals(rs.getString(2))) {
						// how many rows changed is not known any more: the set-based step runs (on the listed only)
						jobContext.putLong(TODO_RUN, rs.getLong(1));
					}
				}, jobExecution.getJobInstance().getInstanceId());
			}
		};
	}

	// ---------------------------------------------------------------- rule.physicians (partitioned by cert_no range)

	@Bean
	Step rulePhysiciansStep(JobRepository jobRepository, ReconcileMapper mapper,
			@Qualifier("rulePhysicianRangeStep") Step rulePhysicianRangeStep, RuleProperties properties,
			@Qualifier("ruleRunRecovery") StepExecutionListener ruleRunRecovery) {
		SimpleAsyncTaskExecutor executor = new SimpleAsyncTaskExecutor("rule-");
		executor.setConcurrencyLimit(properties.threads());
		return new StepBuilder(RuleStep.PHYSICIANS.stepName(), jobRepository).listener(ruleRunRecovery)
			.partitioner(RuleStep.PHYSICIAN_RANGE.stepName(), new KeyRangePartitioner(mapper, RuleStep.PHYSICIAN_RANGE))
			.step(rulePhysicianRangeStep)
			.gridSize(properties.threads())
			.taskExecutor(executor)
			.build();
	}

	@Bean
	Step rulePhysicianRangeStep(JobRepository jobRepository, PlatformTransactionManager transactionManager,
			PhysicianCaseReader ruleReader, RulingProcessor ruleProcessor, ResultWriter ruleWriter,
			RuleProperties properties) {
		return new StepBuilder(RuleStep.PHYSICIAN_RANGE.stepName(), jobRepository).<PhysicianCase, RuledPhysician>chunk(properties.chunkSize())
			.transactionManager(transactionManager)
			.reader(ruleReader)
			.processor(ruleProcessor)
			.writer(ruleWriter)
			.build();
	}

	@Bean
	@StepScope
	PhysicianCaseReader ruleReader(RangeReads reads, CaseAssembler assembler, RulingScope scope,
			@Value("#{stepExecutionContext['" + KeyRangePartitioner.AFTER + "']}") String after,
			@Value("#{stepExecutionContext['" + KeyRangePartitioner.THROUGH + "']}") String through,
			@Value("#{jobParameters['cycle']}") String cycle,
			@Value("#{jobExecutionContext['" + TODO_RUN + "']}") Long todoRun, RuleProperties properties) {
		return new PhysicianCaseReader(reads, assembler, Cycle.of(cycle), new KeyRange(after, through),
				properties.chunkSize(), scope, todoRun);
	}

	@Bean
	@StepScope
	RulingProcessor ruleProcessor(ReferenceData referenceData, CycleCalendars calendars,
			@Value("#{jobParameters['cycle']}") String cycle, @Value("#{jobParameters['date']}") LocalDate date) {
		return new RulingProcessor(referenceData.engine(), calendars.of(Cycle.of(cycle)), date);
	}

	@Bean
	@StepScope
	ResultWriter ruleWriter(RangeReads reads, JdbcTemplate jdbc, LoadData loadData, Clock clock,
			@Value("#{jobParameters['cycle']}") String cycle, @Value("#{jobParameters['date']}") LocalDate date,
			@Value("#{jobExecutionContext['" + RUN_ID + "']}") Long runId) {
		return new ResultWriter(reads, jdbc, loadData, clock, Cycle.of(cycle), runId, date);
	}

	// ---------------------------------------------------------------- rule.unknownRecords, rule.finish

	@Bean
	Step ruleUnknownRecordsStep(JobRepository jobRepository, PlatformTransactionManager transactionManager,
			ReconcileMapper mapper, @Qualifier("ruleRunRecovery") StepExecutionListener ruleRunRecovery) {
		return new StepBuilder(RuleStep.UNKNOWN_RECORDS.stepName(), jobRepository).listener(ruleRunRecovery).tasklet((contribution, chunkContext) -> {
			var jobExecution = chunkContext.getStepContext().getStepExecution().getJobExecution();
			var jobContext = jobExecution.getExecutionContext();
			if (jobContext.containsKey(CHANGED_ROWS) && jobContext.getLong(CHANGED_ROWS) == 0) {
				// no input row, physician or institution changed since the last run: its warnings stand as they are
				return RepeatStatus.FINISHED;
			}
			Cycle cycle = RunParameters.cycle(jobExecution.getJobParameters());
			Population population = Population.of(cycle);
			// a CHANGED run redoes the warnings of its physicians only
			Long todoRun = jobContext.containsKey(TODO_RUN) ? jobContext.getLong(TODO_RUN) : null;
			int deleted = mapper.deleteStaleUnknownRecords(cycle, population, todoRun);
			int inserted = mapper.insertUnknownRecords(cycle, jobContext.getLong(RUN_ID), population,
					SET_ASIDE_SEVERITIES, todoRun);
			contribution.incrementWriteCount(inserted + deleted);
			return RepeatStatus.FINISHED;
		}, transactionManager).build();
	}

	@Bean
	Step ruleFinishStep(JobRepository jobRepository, PlatformTransactionManager transactionManager,
			ReconcileMapper mapper, @Qualifier("ruleRunRecovery") StepExecutionListener ruleRunRecovery) {
		return new StepBuilder(RuleStep.FINISH.stepName(), jobRepository).listener(ruleRunRecovery).tasklet((contribution, chunkContext) -> {
			var jobExecution = chunkContext.getStepContext().getStepExecution().getJobExecution();
			mapper.finishRun(jobExecution.getExecutionContext().getLong(RUN_ID),
					RunParameters.cycle(jobExecution.getJobParameters()));
			return RepeatStatus.FINISHED;
		}, transactionManager).build();
	}

	// ---------------------------------------------------------------- flow and job

	@Bean
	Flow ruleFlow(@Qualifier("ruleStartStep") Step ruleStartStep, @Qualifier("rulePhysiciansStep") Step rulePhysiciansStep,
			@Qualifier("ruleUnknownRecordsStep") Step ruleUnknownRecordsStep,
			@Qualifier("ruleFinishStep") Step ruleFinishStep) {
		return new FlowBuilder<Flow>("ruleFlow").start(ruleStartStep)
			.next(rulePhysiciansStep)
			.next(ruleUnknownRecordsStep)
			.next(ruleFinishStep)
			.build();
	}

	@Bean
	Job ruleJob(JobRepository jobRepository, @Qualifier("ruleFlow") Flow ruleFlow) {
		return new JobBuilder(RuleStep.JOB, jobRepository).start(ruleFlow).end().build();
	}

}
