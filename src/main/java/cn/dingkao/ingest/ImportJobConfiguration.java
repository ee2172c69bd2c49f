package cn.dingkao.ingest;

import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;

import cn.dingkao.ingest.internal.LineValidator;
import cn.dingkao.ingest.internal.ImportFiles;
import cn.dingkao.ingest.internal.StagingWriter;
import cn.dingkao.ingest.internal.UnprocessableInputException;
import cn.dingkao.ingest.internal.ValidatedRow;
import cn.dingkao.system.LoadData;

import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.builder.FlowBuilder;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.job.flow.Flow;
import org.springframework.batch.core.job.parameters.DefaultJobParametersValidator;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.item.ItemProcessor;
import org.springframework.batch.infrastructure.item.ItemWriter;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.task.SimpleAsyncTaskExecutor;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.util.function.SingletonSupplier;

/**
 * The import: for each kind the steps {@code import.<kind>.prepare} (find, fingerprint, header), {@code .load}
 * (stream the file into staging, chunk by chunk, rejects aside), {@code .analyze} (the staging tables' statistics),
 * {@code .merge} (into the input tables, slice by slice) and {@code .discard} (empty staging). ANALYZE and TRUNCATE
 * commit whatever transaction is open, so they have steps of their own that write nothing else (a refused file's
 * staging is emptied by the {@link RefusalListener}, outside any transaction). Every step runs
 * again on a restart (allowStartIfComplete): prepare notices a replaced file, load resumes from its last commit (or
 * re-stages idempotently, or reads nothing when the merge had begun), merge continues after its last committed
 * slice. The steps' parts are step-scoped ({@link ImportStepConfiguration}); what a kind decided is in
 * {@code import_file}, nowhere else.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(ImportProperties.class)
class ImportJobConfiguration {

	/**
	 * The import: institutions first (the roster's districts come from them), then the other five kinds in three
	 * flows — roster and hidden; applications and evaluations (the two that record input conflicts); exam_attempts
	 * — side by side where the database gains by it ({@code dingkao.import.threads}: 3 on MySQL, where the server
	 * merges one file while the JVM parses others; 1 on H2, which runs them one after another), then the optimizer
	 * statistics of the input tables. The kinds after institutions touch disjoint tables. On two cores three
	 * threads were the fastest on MySQL (README "Performance").
	 */
	@Bean
	Flow importFlow(JobRepository jobRepository, PlatformTransactionManager transactionManager,
			ImportProperties properties, KindSteps kindSteps,
			@Qualifier("importStatisticsTasklet") Tasklet statisticsTasklet) {
		SimpleAsyncTaskExecutor threads = new SimpleAsyncTaskExecutor("import-");
		threads.setConcurrencyLimit(Math.max(1, properties.threads()));
		Flow sideBySide = new FlowBuilder<Flow>("importKinds").split(threads)
			.add(kindSteps.flow(ImportKind.ROSTER, ImportKind.HIDDEN),
					kindSteps.flow(ImportKind.APPLICATIONS, ImportKind.EVALUATIONS),
					kindSteps.flow(ImportKind.EXAM_ATTEMPTS))
			.build();
		Step statistics = new StepBuilder("import.statistics", jobRepository)
			.tasklet(statisticsTasklet, transactionManager)
			.allowStartIfComplete(true)
			.build();
		return new FlowBuilder<Flow>("importFlow").start(kindSteps.flow(ImportKind.INSTITUTIONS))
			.next(sideBySide)
			.next(statistics)
			.build();
	}

	@Bean
	KindSteps importKindSteps(JobRepository jobRepository, PlatformTransactionManager transactionManager,
			ImportProperties properties, JdbcTemplate jdbc, LoadData loadData, ImportFiles files, RefusalListener refusals,
			@Qualifier("importPrepareTasklet") Tasklet prepare, FileLineReader reader,
			@Qualifier("importAnalyzeTasklet") Tasklet analyze, @Qualifier("importMergeTasklet") Tasklet merge,
			@Qualifier("importDiscardTasklet") Tasklet discard) {
		// reference data an institution may name, read once, when the first line needs it
		Supplier<Set<String>> districts = SingletonSupplier
			.of(() -> Set.copyOf(jdbc.queryForList("select district_code from district", String.class)));
		return new KindSteps(jobRepository, transactionManager, properties.chunkSize(), refusals, prepare, reader,
				kind -> {
					LineValidator validator = new LineValidator(kind, districts);
					return record -> {
						try {
							return validator.validate(record.fileId(), record.line(), record.mapping());
						}
						catch (UnprocessableInputException ex) {
							throw ex.inFile(record.fileName());
						}
					};
				}, kind -> new StagingWriter(new NamedParameterJdbcTemplate(jdbc), kind, loadData, files::fileName),
				analyze, merge, discard);
	}

	/**
	 * The steps of each kind, chained into a flow: prepare → load → analyze → merge → discard. The reader and the
	 * tasklets are the step-scoped beans, one of each for all kinds: each step execution gets its own instance, for
	 * the kind its step names; the processor and the writer, which keep nothing of a run, are made per kind.
	 */
	record KindSteps(JobRepository jobRepository, PlatformTransactionManager transactionManager, int chunkSize,
			RefusalListener refusals, Tasklet prepare, FileLineReader reader,
			Function<ImportKind, ItemProcessor<FileRecord, ValidatedRow>> validators,
			Function<ImportKind, ItemWriter<ValidatedRow>> writers, Tasklet analyze, Tasklet merge, Tasklet discard) {

		/** The kinds one after another. */
		Flow flow(ImportKind... kinds) {
			List<Step> steps = Arrays.stream(kinds).flatMap(kind -> steps(kind).stream()).toList();
			FlowBuilder<Flow> flow = new FlowBuilder<Flow>("import." + kinds[0].baseName() + ".flow")
				.start(steps.get(0));
			steps.subList(1, steps.size()).forEach(flow::next);
			return flow.build();
		}

		private List<Step> steps(ImportKind kind) {
			Step load = new StepBuilder(KindRun.stepName(kind, KindRun.LOAD), this.jobRepository)
				.<FileRecord, ValidatedRow>chunk(this.chunkSize)
				.transactionManager(this.transactionManager)
				.reader(this.reader)
				.processor(this.validators.apply(kind))
				.writer(this.writers.apply(kind))
				.listener(this.refusals)
				.allowStartIfComplete(true)
				.build();
			return List.of(tasklet(kind, KindRun.PREPARE, this.prepare, true), load,
					tasklet(kind, KindRun.ANALYZE, this.analyze, false), tasklet(kind, KindRun.MERGE, this.merge, true),
					tasklet(kind, KindRun.DISCARD, this.discard, false));
		}

		/** A tasklet step; one whose file may be refused has the refusal listener. */
		private Step tasklet(ImportKind kind, String phase, Tasklet tasklet, boolean refuses) {
			StepBuilder step = new StepBuilder(KindRun.stepName(kind, phase), this.jobRepository);
			if (refuses) {
				step.listener(this.refusals);
			}
			return step.tasklet(tasklet, this.transactionManager).allowStartIfComplete(true).build();
		}

	}

	@Bean
	Job importJob(JobRepository jobRepository, Flow importFlow) {
		return new JobBuilder("import", jobRepository)
			.validator(new DefaultJobParametersValidator(new String[] { "cycle", "date", "input", "out" },
					new String[0]))
			.start(importFlow)
			.end()
			.build();
	}

}
