package cn.dingkao.ingest;

import java.nio.file.Path;

import cn.dingkao.ingest.internal.FileRefusedException;
import cn.dingkao.ingest.internal.ImportFiles;
import cn.dingkao.ingest.internal.RejectFiles;

import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.core.listener.StepExecutionListener;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Records a refused file once its step has failed and the step's own transaction is rolled back: status
 * REFUSED with the reason, nothing of it left in staging (its rejections stay, and its reject file is
 * written, so the operator can fix it). The step stays failed, so the job fails before the ruling.
 */
final class RefusalListener implements StepExecutionListener {

	private final ImportKind kind;

	private final ImportFiles files;

	private final RejectFiles rejectFiles;

	private final TransactionTemplate transaction;

	RefusalListener(ImportKind kind, ImportFiles files, RejectFiles rejectFiles, TransactionTemplate transaction) {
		this.kind = kind;
		this.files = files;
		this.rejectFiles = rejectFiles;
		this.transaction = transaction;
	}

	@Override
	public ExitStatus afterStep(StepExecution stepExecution) {
		FileRefusedException refusal = find(stepExecution);
		if (refusal == null) {
			return stepExecution.getExitStatus();
		}
		Long jobExecutionId = stepExecution.getJobExecution().getId();
		long fileId = this.transaction.execute(tx -> {
			if (refusal.fileId() == null) {
				return this.files.insert(this.kind, refusal.fileName(), refusal.sha256(), refusal.sizeBytes(),
						ImportFiles.REFUSED, refusal.getMessage(), jobExecutionId);
			}
			long id = refusal.fileId();
			long staged = this.files.stagedRows(this.kind, id);
			long rejected = this.files.rejectedLines(id);
			this.files.refuse(id, staged + rejected, rejected, refusal.getMessage());
			this.files.discardStaging(this.kind, id);
			return id;
		});
		this.rejectFiles.write(Path.of(stepExecution.getJobExecution().getJobParameters().getString("out")), fileId,
				refusal.fileName());
		new KindState(this.kind, stepExecution.getJobExecution().getExecutionContext()).refused(fileId,
				refusal.fileName(), refusal.getMessage());
		return ExitStatus.FAILED.addExitDescription(refusal.getMessage());
	}

	private static FileRefusedException find(StepExecution stepExecution) {
		for (Throwable failure : stepExecution.getFailureExceptions()) {
			for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
				if (cause instanceof FileRefusedException refusal) {
					return refusal;
				}
				if (cause.getCause() == cause) {
					break;
				}
			}
		}
		return null;
	}

}
