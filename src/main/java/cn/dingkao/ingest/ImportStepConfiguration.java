package cn.dingkao.ingest;

import cn.dingkao.ingest.internal.FileMerger;
import cn.dingkao.ingest.internal.ImportFiles;
import cn.dingkao.ingest.internal.RejectFiles;
import cn.dingkao.ingest.internal.XlsxLimits;

import org.springframework.batch.core.configuration.annotation.StepScope;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The parts of the import's steps. The reader and the tasklets work on one kind in one run and are step-scoped: made
 * afresh for each step execution, for the kind its step names ({@link KindRun}), so that no instance carries
 * anything from one kind or one run to the next — a restart in the same process starts from what
 * {@code import_file} and the step's saved context say, nothing else. (The load step's processor and writer hold
 * nothing of a run; they are made once per kind with the steps.) Tasklets are declared by interface, which is what
 * their scoped proxies implement.
 */
@Configuration(proxyBeanMethods = false)
class ImportStepConfiguration {

	static final String STEP_EXECUTION = "#{stepExecution}";

	@Bean
	XlsxLimits importXlsxLimits(ImportProperties properties) {
		return new XlsxLimits(properties.xlsxMinInflateRatio(), properties.xlsxMaxEntryBytes());
	}

	/**
	 * A transaction of its own, beside the step's: a refusal is recorded after the failing step's transaction was
	 * rolled back, and a file replaced mid-load is refused for good even when its successor is refused too.
	 */
	static TransactionTemplate separateTransaction(PlatformTransactionManager transactionManager) {
		TransactionTemplate separate = new TransactionTemplate(transactionManager);
		separate.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
		return separate;
	}

	@Bean
	RefusalListener importRefusalListener(ImportFiles files, RejectFiles rejectFiles,
			PlatformTransactionManager transactionManager) {
		TransactionTemplate outside = new TransactionTemplate(transactionManager);
		outside.setPropagationBehavior(TransactionDefinition.PROPAGATION_NOT_SUPPORTED);
		return new RefusalListener(files, rejectFiles, separateTransaction(transactionManager), outside);
	}

	@Bean
	@StepScope
	Tasklet importPrepareTasklet(@Value(STEP_EXECUTION) StepExecution step, ImportFiles files, XlsxLimits limits,
			ImportProperties properties, PlatformTransactionManager transactionManager) {
		return new PrepareFileTasklet(KindRun.of(step), files, limits, properties.maxLineChars(),
				separateTransaction(transactionManager));
	}

	@Bean
	@StepScope
	FileLineReader importFileReader(@Value(STEP_EXECUTION) StepExecution step, ImportFiles files,
			XlsxLimits limits, ImportProperties properties) {
		return new FileLineReader(KindRun.of(step), files, limits, properties.maxLineChars());
	}

	@Bean
	@StepScope
	Tasklet importAnalyzeTasklet(@Value(STEP_EXECUTION) StepExecution step, ImportFiles files) {
		return new AnalyzeStagingTasklet(KindRun.of(step), files);
	}

	@Bean
	@StepScope
	Tasklet importMergeTasklet(@Value(STEP_EXECUTION) StepExecution step, ImportFiles files, FileMerger merger,
			RejectFiles rejectFiles, ImportProperties properties) {
		return new MergeFileTasklet(KindRun.of(step), files, merger, rejectFiles, properties);
	}

	@Bean
	@StepScope
	Tasklet importDiscardTasklet(@Value(STEP_EXECUTION) StepExecution step, ImportFiles files) {
		return new DiscardStagingTasklet(KindRun.of(step), files);
	}

	@Bean
	Tasklet importStatisticsTasklet(JdbcTemplate jdbc) {
		return new InputStatisticsTasklet(jdbc);
	}

}
