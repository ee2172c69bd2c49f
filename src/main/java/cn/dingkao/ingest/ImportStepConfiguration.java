package cn.dingkao.ingest;

import java.util.Set;
import java.util.function.Supplier;

import cn.dingkao.ingest.internal.FileMerger;
import cn.dingkao.ingest.internal.ImportFiles;
import cn.dingkao.ingest.internal.LineValidator;
import cn.dingkao.ingest.internal.RejectFiles;
import cn.dingkao.ingest.internal.StagingWriter;
import cn.dingkao.ingest.internal.UnprocessableInputException;
import cn.dingkao.ingest.internal.ValidatedRow;
import cn.dingkao.ingest.internal.XlsxLimits;
import cn.dingkao.system.LoadData;

import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.item.ItemProcessor;
import org.springframework.batch.infrastructure.item.ItemWriter;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.util.function.SingletonSupplier;

/**
 * The parts of the import's steps, made for one kind each ({@link ImportParts}). None keeps anything of a run
 * between step executions: the tasklets read their run from the step they execute in ({@link KindRun}), and the
 * reader starts afresh at each step's start, so that a restart in the same process starts from what
 * {@code import_file} and the step's saved context say, nothing else.
 */
@Configuration(proxyBeanMethods = false)
class ImportStepConfiguration {

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

	/** No transaction at all: for ANALYZE and TRUNCATE, which commit whatever transaction is open. */
	static TransactionTemplate outsideTransactions(PlatformTransactionManager transactionManager) {
		TransactionTemplate outside = new TransactionTemplate(transactionManager);
		outside.setPropagationBehavior(TransactionDefinition.PROPAGATION_NOT_SUPPORTED);
		return outside;
	}

	@Bean
	RefusalListener importRefusalListener(ImportFiles files, RejectFiles rejectFiles,
			PlatformTransactionManager transactionManager) {
		return new RefusalListener(files, rejectFiles, separateTransaction(transactionManager),
				outsideTransactions(transactionManager));
	}

	@Bean
	ImportParts importParts(ImportFiles files, XlsxLimits limits, ImportProperties properties, FileMerger merger,
			RejectFiles rejectFiles, JdbcTemplate jdbc, LoadData loadData,
			PlatformTransactionManager transactionManager) {
		// reference data an institution may name, read once, when the first line needs it
		Supplier<Set<String>> districts = SingletonSupplier
			.of(() -> Set.copyOf(jdbc.queryForList("select district_code from district", String.class)));
		return new ImportParts(files, limits, properties, merger, rejectFiles, jdbc, loadData, districts,
				separateTransaction(transactionManager), outsideTransactions(transactionManager));
	}

	/** The part each step of a kind runs, made for that kind. */
	record ImportParts(ImportFiles files, XlsxLimits limits, ImportProperties properties, FileMerger merger,
			RejectFiles rejectFiles, JdbcTemplate jdbc, LoadData loadData, Supplier<Set<String>> districts,
			TransactionTemplate separate, TransactionTemplate outside) {

		Tasklet prepare(ImportKind kind) {
			return new PrepareFileTasklet(kind, this.files, this.separate);
		}

		FileLineReader reader(ImportKind kind) {
			return new FileLineReader(kind, this.files, this.limits, this.properties.maxLineChars());
		}

		ItemProcessor<FileRecord, ValidatedRow> validator(ImportKind kind) {
			LineValidator validator = new LineValidator(kind, this.districts);
			return record -> {
				try {
					return validator.validate(record.fileId(), record.line(), record.mapping());
				}
				catch (UnprocessableInputException ex) {
					throw ex.inFile(record.fileName());
				}
			};
		}

		ItemWriter<ValidatedRow> writer(ImportKind kind) {
			return new StagingWriter(new NamedParameterJdbcTemplate(this.jdbc), kind, this.loadData, this.files::fileName);
		}

		StagingUpkeep statistics(ImportKind kind) {
			return StagingUpkeep.statistics(kind, this.files, this.outside);
		}

		Tasklet merge(ImportKind kind) {
			return new MergeFileTasklet(kind, this.files, this.merger, this.rejectFiles, this.properties);
		}

		StagingUpkeep discard(ImportKind kind) {
			return StagingUpkeep.discard(kind, this.files, this.outside);
		}

		Tasklet statistics() {
			return new InputStatisticsTasklet(this.jdbc);
		}

	}

}
