package cn.dingkao.ingest;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

import cn.dingkao.ingest.internal.FileMerger;
import cn.dingkao.ingest.internal.ImportFiles;
import cn.dingkao.ingest.internal.LineValidator;
import cn.dingkao.ingest.internal.RejectFiles;
import cn.dingkao.ingest.internal.SourceLine;
import cn.dingkao.ingest.internal.StagingWriter;
import cn.dingkao.ingest.internal.ValidatedRow;
import cn.dingkao.ingest.internal.XlsxLimits;

import org.apache.ibatis.mapping.DatabaseIdProvider;

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
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The import: for each kind, in the order institutions, roster, applications, evaluations, exam_attempts,
 * hidden, three steps — {@code import.<kind>.prepare} (find, fingerprint, header), {@code .load} (stream the
 * file into staging, chunk by chunk, rejects aside) and {@code .merge} (into the input
 * tables, slice by slice). All three run again on a restart (allowStartIfComplete): prepare notices a
 * replaced file, load resumes from its last commit (or re-stages idempotently, or reads nothing when the
 * merge had begun), merge continues after its last committed slice.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(ImportProperties.class)
class ImportJobConfiguration {

	/** The import steps; the nightly job embeds this flow before the ruling. */
	@Bean
	Flow importFlow(JobRepository jobRepository, PlatformTransactionManager transactionManager, ImportFiles files,
			FileMerger merger, RejectFiles rejectFiles, ImportProperties properties, JdbcTemplate jdbc,
			DatabaseIdProvider databases) throws SQLException {
		boolean mysql = "mysql".equals(databases.getDatabaseId(jdbc.getDataSource()));
		XlsxLimits limits = new XlsxLimits(properties.xlsxMinInflateRatio(), properties.xlsxMaxEntryBytes());
		TransactionTemplate separate = new TransactionTemplate(transactionManager);
		separate.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
		List<Step> steps = new ArrayList<>();
		for (ImportKind kind : ImportKind.values()) {
			RefusalListener refusals = new RefusalListener(kind, files, rejectFiles, separate);
			String prefix = "import." + kind.baseName();
			steps.add(new StepBuilder(prefix + ".prepare", jobRepository)
				.tasklet(new PrepareFileTasklet(kind, files, limits, properties.maxLineChars()), transactionManager)
				.listener(refusals)
				.allowStartIfComplete(true)
				.build());
			FileLineReader reader = new FileLineReader(kind, limits, properties.maxLineChars(), jdbc);
			LineValidator validator = new LineValidator(kind, reader::districts);
			steps.add(new StepBuilder(prefix + ".load", jobRepository)
				.<SourceLine, ValidatedRow>chunk(properties.chunkSize())
				.transactionManager(transactionManager)
				.reader(reader)
				.processor(line -> validator.validate(reader.fileId(), line, reader.mapping()))
				.writer(new StagingWriter(new NamedParameterJdbcTemplate(jdbc), kind, mysql))
				.listener(reader)
				.listener(refusals)
				.allowStartIfComplete(true)
				.build());
			steps.add(new StepBuilder(prefix + ".merge", jobRepository)
				.tasklet(new MergeFileTasklet(kind, files, merger, rejectFiles, properties), transactionManager)
				.listener(refusals)
				.allowStartIfComplete(true)
				.build());
		}
		FlowBuilder<Flow> flow = new FlowBuilder<Flow>("importFlow").start(steps.get(0));
		steps.subList(1, steps.size()).forEach(flow::next);
		return flow.build();
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
