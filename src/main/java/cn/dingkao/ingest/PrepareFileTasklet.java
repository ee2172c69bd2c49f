package cn.dingkao.ingest;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;

import cn.dingkao.ingest.internal.FileFingerprint;
import cn.dingkao.ingest.internal.FileRefusedException;
import cn.dingkao.ingest.internal.ImportFiles;

import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * First step of a kind: finds its file in the input folder and decides what to do with it — nothing when it
 * is missing, skip it when the same content (SHA-256) was imported before, refuse it when it is not CSV/XLSX
 * (several files for the kind, binary content), else register it for loading. The header is read and checked
 * once, where the load opens the file ({@link FileLineReader}): a header that does not match refuses the file
 * there. What it decides is a row of {@code import_file} with this run's job execution — MISSING, SKIPPED, LOADING
 * (registered, or an earlier run's file adopted), or REFUSED (written by the {@link RefusalListener}) — and the
 * later steps of the kind read it there. Runs on every
 * start and restart, so a file replaced after a failure is noticed: a half-loaded file of other content is
 * refused (its staging is discarded at the end of the kind) and the new one starts over; the same content
 * continues where it stopped (a file already accepted and being merged is never discarded: its staged lines are
 * all there, and the merge step finishes it).
 */
final class PrepareFileTasklet implements Tasklet {

	/**
	 * The exit status of a prepare that leaves its kind nothing to do — no file, or one imported before — while no
	 * earlier file of the kind is half loaded or merged: the kind's flow ends there (issue 26: the four steps more
	 * per kind were most of an unchanged night's import).
	 */
	static final ExitStatus NOTHING_TO_DO = new ExitStatus("NOTHING_TO_DO");

	private final ImportKind kind;

	private final ImportFiles files;

	private final TransactionTemplate separate;

	/** {@code separate}: a transaction of its own, for the refusal of a replaced file (see {@link #execute}). */
	PrepareFileTasklet(ImportKind kind, ImportFiles files, TransactionTemplate separate) {
		this.kind = kind;
		this.files = files;
		this.separate = separate;
	}

	@Override
	public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) throws IOException {
		KindRun run = KindRun.of(this.kind, chunkContext);
		List<Path> candidates = candidates(run.input());
		if (candidates.isEmpty()) {
			this.files.insertMissing(this.kind, run.jobExecutionId());
			nothingToDoUnlessUnfinished(contribution);
			return RepeatStatus.FINISHED;
		}
		Path file = candidates.get(0);
		String name = file.getFileName().toString();
		FileFingerprint fingerprint = FileFingerprint.of(file);
		if (candidates.size() > 1) {
			throw refuse(name, fingerprint, "同一类输入有多个文件 (several files for one input): "
					+ candidates.stream().map(p -> p.getFileName().toString()).toList());
		}
		String extension = name.substring(name.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT);
		if (!extension.equals("csv") && !extension.equals("xlsx")) {
			throw refuse(name, fingerprint, "不是CSV或XLSX文件 (not a CSV or XLSX file)");
		}
		if (extension.equals("csv") && fingerprint.binary()) {
			throw refuse(name, fingerprint, "内容不是CSV文本 (binary content, not CSV)");
		}
		Optional<ImportFiles.Unfinished> interrupted = this.files.findUnfinished(this.kind);
		boolean resumable = interrupted.isPresent() && interrupted.get().sha256().equals(fingerprint.sha256())
				&& interrupted.get().fileName().equals(name);
		// a file whose merge began stays: the merge step finishes it from staging before this one
		if (interrupted.isPresent() && !resumable && !interrupted.get().merging()) {
			long stale = interrupted.get().id();
			// committed on its own: the stale file's refusal stands even if the new file is then refused
			this.separate.executeWithoutResult(tx -> {
				this.files.deleteRejects(stale);
				this.files.refuse(stale, 0, 0, "装载中断后文件已被替换 (file replaced before its load finished)");
			});
		}
		Optional<Long> imported = this.files.findImported(this.kind, fingerprint.sha256());
		if (imported.isPresent()) {
			this.files.insertSkipped(this.kind, name, fingerprint, imported.get(), run.jobExecutionId());
			nothingToDoUnlessUnfinished(contribution);
			return RepeatStatus.FINISHED;
		}
		if (resumable) {
			// LOADING: the load continues after its last commit; MERGING: all its lines are staged, the merge finishes it
			this.files.adopt(interrupted.get().id(), run.jobExecutionId(), fingerprint);
		}
		else {
			this.files.insertLoading(this.kind, name, fingerprint, run.jobExecutionId());
		}
		return RepeatStatus.FINISHED;
	}

	/** The kind's later steps are left out, unless they have an earlier file to finish (or its staging to empty). */
	private void nothingToDoUnlessUnfinished(StepContribution contribution) {
		if (this.files.findUnfinished(this.kind).isEmpty()) {
			contribution.setExitStatus(NOTHING_TO_DO);
		}
	}

	private List<Path> candidates(Path input) throws IOException {
		if (!Files.isDirectory(input)) {
			throw new IOException("输入目录不存在 (input folder not found): " + input);
		}
		try (Stream<Path> entries = Files.list(input)) {
			return entries.filter(Files::isRegularFile).filter(path -> {
				String name = path.getFileName().toString();
				int dot = name.lastIndexOf('.');
				return dot > 0 && name.substring(0, dot).equals(this.kind.baseName());
			}).sorted().toList();
		}
	}

	private FileRefusedException refuse(String name, FileFingerprint fingerprint, String reason) {
		return new FileRefusedException(this.kind, null, name, fingerprint.sha256(), fingerprint.sizeBytes(), reason);
	}

}
