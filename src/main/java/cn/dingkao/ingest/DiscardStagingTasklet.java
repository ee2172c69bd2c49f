package cn.dingkao.ingest;

import cn.dingkao.ingest.internal.ImportFiles;

import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;

/**
 * Last step of a kind, after its merge or after its refusal: empties the staging of every file of the kind that is
 * no longer in flight — the file just imported or refused, one replaced before its load finished
 * ({@link ImportFiles#discardStaging}). A step of its own: TRUNCATE commits the open transaction, and here nothing
 * else is in it. A run killed before it leaves those lines to the next run's discard; no merge reads them, since
 * every statement on staging names its file.
 */
final class DiscardStagingTasklet implements Tasklet {

	private final ImportKind kind;

	private final ImportFiles files;

	DiscardStagingTasklet(ImportKind kind, ImportFiles files) {
		this.kind = kind;
		this.files = files;
	}

	@Override
	public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) {
		this.files.discardStaging(this.kind);
		return RepeatStatus.FINISHED;
	}

}
