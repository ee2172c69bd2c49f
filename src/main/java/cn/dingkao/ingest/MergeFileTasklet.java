package cn.dingkao.ingest;

import java.util.Optional;

import cn.dingkao.ingest.internal.FileMerger;
import cn.dingkao.ingest.internal.FileRefusedException;
import cn.dingkao.ingest.internal.ImportFiles;
import cn.dingkao.ingest.internal.RejectFiles;
import cn.dingkao.ingest.internal.Slice;
import cn.dingkao.ingest.internal.UnprocessableInputException;

import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;

/**
 * Merge step of a kind. Its first transaction accepts the file this run loaded — or refuses it when it has too
 * many rejected rows, and then nothing of it reaches the input tables — and marks it MERGING. Each following
 * transaction merges one slice of the staged lines (about {@code merge-slice-rows}, every line of a key in the same
 * slice) and notes the last key merged, so that a million-line file never becomes one huge transaction and a
 * restart continues after the last slice committed. With the last slice the file is IMPORTED and its reject file
 * written; the kind's discard step then empties staging.
 * <p>
 * A file whose merge an earlier run left unfinished is finished first, from staging, whether or not it is
 * still in the input folder: it was accepted, and the input tables hold part of it until then.
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
		KindRun run = KindRun.of(this.kind, chunkContext);
		Optional<ImportFiles.Unfinished> merging = this.files.findMerging(this.kind);
		if (merging.isPresent()) {
			long fileId = merging.get().id();
			Optional<Slice> slice = this.files.nextSlice(this.kind, fileId, this.properties.mergeSliceRows());
			if (slice.isPresent()) {
				merge(fileId, merging.get().fileName(), slice.get());
				if (!slice.get().last()) {
					this.files.mergedThrough(fileId, slice.get().upTo());
					return RepeatStatus.CONTINUABLE;
				}
			}
			this.files.finishMerge(fileId);
			this.rejectFiles.write(run.out(), fileId, merging.get().fileName());
			return RepeatStatus.CONTINUABLE;
		}
		Optional<ImportFiles.FileRow> loaded = this.files.inFlightOf(this.kind, run.jobExecutionId())
			.filter(file -> file.status() == FileStatus.LOADING);
		if (loaded.isEmpty()) {
			return RepeatStatus.FINISHED;
		}
		accept(loaded.get().id(), loaded.get().fileName());
		return RepeatStatus.CONTINUABLE;
	}

	private void accept(long fileId, String fileName) {
		long staged = this.files.stagedRows(this.kind, fileId);
		long rejected = this.files.rejectedLines(fileId);
		long read = staged + rejected;
		if (this.properties.tooManyRejected(rejected, read)) {
			throw new FileRefusedException(this.kind, fileId, fileName, null, 0,
					"拒绝 " + rejected + " 行，超过上限 max(" + this.properties.rejectLimitMin() + ", "
							+ this.properties.rejectLimitPercent() + "% × " + read + " 行) (" + rejected
							+ " rejected rows exceed the limit)");
		}
		try {
			this.merger.prepare(this.kind, fileId);
		}
		catch (UnprocessableInputException ex) {
			throw ex.inFile(fileName);
		}
		this.files.beginMerge(fileId, read, staged, rejected);
	}

	/**
	 * A slice that fails ends the step naming the kind, the file and the lines (their keys) it merged, or the line and
	 * value the code could not take, instead of a bare database or Java message.
	 */
	private void merge(long fileId, String fileName, Slice slice) {
		try {
			this.merger.merge(this.kind, fileId, slice);
		}
		catch (UnprocessableInputException ex) {
			throw ex.inFile(fileName);
		}
		catch (RuntimeException ex) {
			throw UnprocessableInputException.inSlice(this.kind, fileName, slice, ex);
		}
	}

}
