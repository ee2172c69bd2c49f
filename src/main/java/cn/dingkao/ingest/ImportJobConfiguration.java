package cn.dingkao.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;

import cn.dingkao.ingest.internal.FileMerger;
import cn.dingkao.ingest.internal.ImportFiles;
import cn.dingkao.ingest.internal.LineValidator;
import cn.dingkao.ingest.internal.RejectFiles;
import cn.dingkao.ingest.internal.StagingWriter;
import cn.dingkao.ingest.internal.ValidatedRow;
import cn.dingkao.ingest.internal.XlsxLimits;
import cn.dingkao.system.LoadData;

import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.builder.FlowBuilder;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.job.flow.Flow;
import org.springframework.batch.core.job.parameters.DefaultJobParametersValidator;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.task.SimpleAsyncTaskExecutor;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.util.function.SingletonSupplier;

/**
 * The import: for each kind three steps — {@code import.<kind>.prepare} (find, fingerprint, header),
 * {@code .load} (stream the file into staging, chunk by chunk, rejects aside) and {@code .merge} (into the input
 * tables, slice by slice). All three run again on a restart (allowStartIfComplete): prepare notices a
 * replaced file, load resumes from its last commit (or re-stages idempotently, or reads nothing when the
 * merge had begun), merge continues after its last committed slice.
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
	Flow importFlow(JobRepository jobRepository, PlatformTransactionManager transactionManager, ImportFiles files,
			FileMerger merger, RejectFiles rejectFiles, ImportProperties properties, JdbcTemplate jdbc,
			LoadData loadData) {
		KindFlows kinds = KindFlows.create(jobRepository, transactionManager, files, merger, rejectFiles, properties,
				jdbc, loadData);
		SimpleAsyncTaskExecutor threads = new SimpleAsyncTaskExecutor("import-");
		threads.setConcurrencyLimit(Math.max(1, properties.threads()));
		Flow sideBySide = new FlowBuilder<Flow>("importKinds").split(threads)
			.add(kinds.of(ImportKind.ROSTER, ImportKind.HIDDEN),
					kinds.of(ImportKind.APPLICATIONS, ImportKind.EVALUATIONS), kinds.of(ImportKind.EXAM_ATTEMPTS))
			.build();
		Step statistics = new StepBuilder("import.statistics", jobRepository)
			.tasklet(new InputStatisticsTasklet(jdbc), transactionManager)
			.allowStartIfComplete(true)
			.build();
		return new FlowBuilder<Flow>("importFlow").start(kinds.of(ImportKind.INSTITUTIONS))
			.next(sideBySide)
			.next(statistics)
			.build();
	}

	/**
	 * The three steps of each kind — prepare, load, merge — chained into a flow. What all kinds share is made once
	 * ({@link #create}): the XLSX limits, the template of the refusals' own transaction (the failing step's is rolled
	 * back) and the district codes an institution may name (reference data, read when the first line needs them).
	 */
	private record KindFlows(JobRepository jobRepository, PlatformTransactionManager transactionManager,
			ImportFiles files, FileMerger merger, RejectFiles rejectFiles, ImportProperties properties, JdbcTemplate jdbc,
			LoadData loadData, XlsxLimits limits, TransactionTemplate separate, Supplier<Set<String>> districts) {

		static KindFlows create(JobRepository jobRepository, PlatformTransactionManager transactionManager,
				ImportFiles files, FileMerger merger, RejectFiles rejectFiles, ImportProperties properties,
				JdbcTemplate jdbc, LoadData loadData) {
			TransactionTemplate separate = new TransactionTemplate(transactionManager);
			separate.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
			return new KindFlows(jobRepository, transactionManager, files, merger, rejectFiles, properties, jdbc,
					loadData, new XlsxLimits(properties.xlsxMinInflateRatio(), properties.xlsxMaxEntryBytes()), separate,
					SingletonSupplier.of(() -> Set.copyOf(
							jdbc.queryForList("select district_code from district", String.class))));
		}

		Flow of(ImportKind... kinds) {
			List<Step> steps = new ArrayList<>();
			for (ImportKind kind : kinds) {
				steps.addAll(steps(kind));
			}
			FlowBuilder<Flow> flow = new FlowBuilder<Flow>("import." + kinds[0].baseName() + ".flow")
				.start(steps.get(0));
			steps.subList(1, steps.size()).forEach(flow::next);
			return flow.build();
		}

		private List<Step> steps(ImportKind kind) {
			RefusalListener refusals = new RefusalListener(kind, this.files, this.rejectFiles, this.separate);
			String prefix = "import." + kind.baseName();
			Step prepare = new StepBuilder(prefix + ".prepare", this.jobRepository)
				.tasklet(new PrepareFileTasklet(kind, this.files, this.limits, this.properties.maxLineChars()),
						this.transactionManager)
				.listener(refusals)
				.allowStartIfComplete(true)
				.build();
			FileLineReader reader = new FileLineReader(kind, this.limits, this.properties.maxLineChars());
			LineValidator validator = new LineValidator(kind, this.districts);
			Step load = new StepBuilder(prefix + ".load", this.jobRepository)
				.<FileRecord, ValidatedRow>chunk(this.properties.chunkSize())
				.transactionManager(this.transactionManager)
				.reader(reader)
				.processor(record -> validator.validate(record.fileId(), record.line(), record.mapping()))
				.writer(new StagingWriter(new NamedParameterJdbcTemplate(this.jdbc), kind, this.loadData))
				.listener(reader)
				.listener(refusals)
				.allowStartIfComplete(true)
				.build();
			Step merge = new StepBuilder(prefix + ".merge", this.jobRepository)
				.tasklet(new MergeFileTasklet(kind, this.files, this.merger, this.rejectFiles, this.properties),
						this.transactionManager)
				.listener(refusals)
				.allowStartIfComplete(true)
				.build();
			return List.of(prepare, load, merge);
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
