package cn.dingkao.ingest;

import java.util.Arrays;
import java.util.List;

import cn.dingkao.batch.JobSteps;
import cn.dingkao.batch.RunParameters;
import cn.dingkao.ingest.ImportStepConfiguration.ImportParts;
import cn.dingkao.ingest.internal.ValidatedRow;

import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.builder.FlowBuilder;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.job.flow.Flow;
import org.springframework.batch.core.job.parameters.DefaultJobParametersValidator;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.task.SimpleAsyncTaskExecutor;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * The import, built from its step list ({@link ImportStep}): for each kind the steps {@code import.<kind>.prepare}
 * (find, fingerprint, register), {@code .load} (stream the file into staging, chunk by chunk, rejects aside; then
 * the staging tables' statistics) and {@code .merge} (into the input tables, slice by slice; then staging emptied).
 * ANALYZE and TRUNCATE commit whatever transaction is open, so they run after their step, outside any transaction
 * ({@link StagingUpkeep}); a refused file's staging is emptied by the {@link RefusalListener}. Every step runs again
 * on a restart (allowStartIfComplete): prepare notices a replaced file, load resumes from its last commit (or
 * re-stages idempotently, or reads nothing when the merge had begun), merge continues after its last committed
 * slice. A kind whose prepare leaves it nothing to do ends there ({@link PrepareFileTasklet#NOTHING_TO_DO}). Each
 * step's part is made for its kind ({@link ImportStepConfiguration}); what a kind decided is in
 * {@code import_file}, nowhere else.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(ImportProperties.class)
class ImportJobConfiguration {

	@Bean
	JobSteps importSteps() {
		return ImportStep.all();
	}

	/**
	 * The import: institutions first (the roster's districts come from them), then the other five kinds in three
	 * flows — roster and hidden; applications and evaluations (the two that record input conflicts); exam_attempts
	 * — side by side where the database gains by it ({@code dingkao.import.threads}: 3 on MySQL, where the server
	 * merges one file while the JVM parses others; 1 on H2, which runs them one after another), then the optimizer
	 * statistics of the input tables. The kinds after institutions touch disjoint tables. On two cores three
	 * threads were the fastest on MySQL (bench/README.md).
	 */
	@Bean
	Flow importFlow(JobRepository jobRepository, PlatformTransactionManager transactionManager,
			ImportProperties properties, RefusalListener refusals, ImportParts parts) {
		KindSteps kindSteps = new KindSteps(jobRepository, transactionManager, properties.chunkSize(), refusals, parts);
		SimpleAsyncTaskExecutor threads = new SimpleAsyncTaskExecutor("import-");
		threads.setConcurrencyLimit(Math.max(1, properties.threads()));
		Flow sideBySide = new FlowBuilder<Flow>("importKinds").split(threads)
			.add(kindSteps.flow(ImportKind.ROSTER, ImportKind.HIDDEN),
					kindSteps.flow(ImportKind.APPLICATIONS, ImportKind.EVALUATIONS),
					kindSteps.flow(ImportKind.EXAM_ATTEMPTS))
			.build();
		Step statistics = new StepBuilder(ImportStep.STATISTICS.stepName(), jobRepository)
			.tasklet(parts.statistics(), transactionManager)
			.allowStartIfComplete(true)
			.build();
		return new FlowBuilder<Flow>("importFlow").start(kindSteps.flow(ImportKind.INSTITUTIONS))
			.next(sideBySide)
			.next(statistics)
			.build();
	}

	/**
	 * The steps of each kind ({@link ImportStep#of(ImportKind)}), chained into a flow, each with its part made for
	 * the kind.
	 */
	record KindSteps(JobRepository jobRepository, PlatformTransactionManager transactionManager, int chunkSize,
			RefusalListener refusals, ImportParts parts) {

		/** The kinds one after another. */
		Flow flow(ImportKind... kinds) {
			List<Flow> flows = Arrays.stream(kinds).map(this::kindFlow).toList();
			FlowBuilder<Flow> flow = new FlowBuilder<Flow>("import." + kinds[0].baseName() + ".kinds")
				.start(flows.get(0));
			flows.subList(1, flows.size()).forEach(flow::next);
			return flow.build();
		}

		/**
		 * One kind's steps in order; a prepare that leaves the kind nothing to do
		 * ({@link PrepareFileTasklet#NOTHING_TO_DO}) ends the kind's flow there. Any other end of a step but
		 * COMPLETED (a refusal: FAILED) ends the job as before.
		 */
		private Flow kindFlow(ImportKind kind) {
			List<Step> steps = ImportStep.of(kind).stream().map(this::step).toList();
			FlowBuilder<Flow> flow = new FlowBuilder<Flow>("import." + kind.baseName() + ".flow").start(steps.get(0))
				.on(PrepareFileTasklet.NOTHING_TO_DO.getExitCode())
				.end()
				.from(steps.get(0))
				.on(ExitStatus.COMPLETED.getExitCode())
				.to(steps.get(1));
			steps.subList(2, steps.size()).forEach(flow::next);
			return flow.build();
		}

		private Step step(ImportStep step) {
			ImportKind kind = step.kind();
			return switch (step.phase()) {
				case PREPARE -> tasklet(step, this.parts.prepare(kind), true, null);
				case LOAD -> load(step);
				case MERGE -> tasklet(step, this.parts.merge(kind), true, this.parts.discard(kind));
				case STATISTICS -> throw new IllegalArgumentException("not a step of one kind: " + step.stepName());
			};
		}

		private Step load(ImportStep step) {
			FileLineReader reader = this.parts.reader(step.kind());
			return new StepBuilder(step.stepName(), this.jobRepository)
				.<FileRecord, ValidatedRow>chunk(this.chunkSize)
				.transactionManager(this.transactionManager)
				.reader(reader)
				.processor(this.parts.validator(step.kind()))
				.writer(this.parts.writer(step.kind()))
				.listener(reader)
				.listener(this.refusals)
				.listener(this.parts.statistics(step.kind()))
				.allowStartIfComplete(true)
				.build();
		}

		/**
		 * A tasklet step; one whose file may be refused has the refusal listener, and {@code upkeep} (when not null)
		 * runs after it completes.
		 */
		private Step tasklet(ImportStep step, Tasklet tasklet, boolean refuses, StagingUpkeep upkeep) {
			StepBuilder builder = new StepBuilder(step.stepName(), this.jobRepository);
			if (refuses) {
				builder.listener(this.refusals);
			}
			if (upkeep != null) {
				builder.listener(upkeep);
			}
			return builder.tasklet(tasklet, this.transactionManager).allowStartIfComplete(true).build();
		}

	}

	@Bean
	Job importJob(JobRepository jobRepository, Flow importFlow) {
		return new JobBuilder(ImportStep.JOB, jobRepository)
			.validator(new DefaultJobParametersValidator(new String[] { RunParameters.CYCLE, RunParameters.DATE,
					RunParameters.INPUT, RunParameters.OUT }, new String[0]))
			.start(importFlow)
			.end()
			.build();
	}

}
