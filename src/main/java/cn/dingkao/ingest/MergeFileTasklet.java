package cn.dingkao.ingest;

import java.nio.file.Path;

import cn.dingkao.ingest.internal.FileMerger;
import cn.dingkao.ingest.internal.FileRefusedException;
import cn.dingkao.ingest.internal.ImportFiles;
import cn.dingkao.ingest.internal.RejectFiles;

import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;

/**
 * Last step of a kind, in one transaction: refuses the file when it has too many rejected rows, else merges
 * its staged lines into the input table, marks it IMPORTED with its counts, clears its staging rows and
 * writes its reject file.
 */
final class MergeFileTasklet implements Tasklet {

	private final ImportKind kind;

	private final ImportFiles files;

	private final FileMerger merger;

	private final RejectFiles rejectFiles;

	private final ImportProperties properties;

	MergeFileTasklet(ImportKind kind, ImportFiles files, FileMerger merger, RejectFiles rejectFiles,
			ImportProperties properties) {
		this.kind = kind;
		this.files = files;
		this.merger = merger;
		this.rejectFiles = rejectFiles;
		this.properties = properties;
	}

	@Override
	public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) {
		JobExecution job = chunkContext.getStepContext().getStepExecution().getJobExecution();
		KindState state = new KindState(this.kind, job.getExecutionContext());
		if (!state.loading()) {
			return RepeatStatus.FINISHED;
		}
		long fileId = state.fileId();
		long staged = this.files.stagedRows(this.kind, fileId);
		long rejected = this.files.rejectedLines(fileId);
		long read = staged + rejected;
		if (this.properties.tooManyRejected(rejected, read)) {
			throw new FileRefusedException(this.kind, fileId, state.fileName(), null, 0,
					"拒绝 " + rejected + " 行，超过上限 max(" + this.properties.rejectLimitMin() + ", "
							+ this.properties.rejectLimitPercent() + "% × " + read + " 行) (" + rejected
							+ " rejected rows exceed the limit)");
		}
		this.merger.merge(this.kind, fileId);
		this.files.deleteStaging(this.kind, fileId);
		this.files.finish(fileId, ImportFiles.IMPORTED, read, staged, rejected, null);
		this.rejectFiles.write(Path.of(job.getJobParameters().getString("out")), fileId, state.fileName());
		state.imported();
		return RepeatStatus.FINISHED;
	}

}
