package cn.dingkao.ingest;

import cn.dingkao.ingest.internal.ImportFiles;

import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;

/**
 * Between load and merge: refreshes the optimizer's statistics of the kind's staging tables when a file of the
 * kind waits to be merged ({@link ImportFiles#analyzeStaging}: with the figures of the empty table TRUNCATE left,
 * MySQL planned the merge's per-key lookups as scans of the whole file). A step of its own: ANALYZE commits the open
 * transaction, and here nothing else is in it.
 */
final class AnalyzeStagingTasklet implements Tasklet {

	private final ImportKind kind;

	private final ImportFiles files;

	AnalyzeStagingTasklet(ImportKind kind, ImportFiles files) {
		this.kind = kind;
		this.files = files;
	}

	@Override
	public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) {
		if (this.files.anyInFlight(this.kind)) {
			this.files.analyzeStaging(this.kind);
		}
		return RepeatStatus.FINISHED;
	}

}
