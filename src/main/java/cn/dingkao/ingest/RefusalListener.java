package cn.dingkao.ingest;

import cn.dingkao.batch.RunParameters;
import cn.dingkao.ingest.internal.FileRefusedException;
import cn.dingkao.ingest.internal.ImportFiles;
import cn.dingkao.ingest.internal.RejectFiles;

import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.core.listener.StepExecutionListener;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Records a refused file once its step has failed and the step's own transaction is rolled back: status REFUSED
 * with the reason, in a transaction of its own, then empties what the file left in staging (its rejections stay,
 * and its reject file is written, so the operator can fix it). The step stays failed, so the job fails before the
 * ruling. One listener for every kind: the refusal names its kind.
 * <p>
 * Emptying staging may TRUNCATE, which commits whatever transaction is open: it runs outside any, after the
 * refusal is committed. It is not a step of its own, as it is after an import: a flow that goes on from a failed
 * step to another marks the failed one ABANDONED, and Spring Batch never runs an abandoned step again — the
 * restart after the operator replaced the file would not read it.
 */
final class RefusalListener implements StepExecutionListener {

	private final ImportFiles files;

	private final RejectFiles rejectFiles;

	private final TransactionTemplate transaction;

	private final TransactionTemplate outsideTransactions;

	/**
	 * {@code transaction}: a transaction of its own (the step's is rolled back); {@code outsideTransactions}: no
	 * transaction at all (propagation NOT_SUPPORTED), for emptying staging.
	 */
	RefusalListener(ImportFiles files, RejectFiles rejectFiles, TransactionTemplate transaction,
			TransactionTemplate outsideTransactions) {
		this.files = files;
		this.rejectFiles = rejectFiles;
		this.transaction = transaction;
		this.outsideTransactions = outsideTransactions;
	}

	@Override
	public ExitStatus afterStep(StepExecution stepExecution) {
		FileRefusedException refusal = find(stepExecution);
		if (refusal == null) {
			return stepExecution.getExitStatus();
		}
		ImportKind kind = refusal.kind();
		long jobExecutionId = stepExecution.getJobExecution().getId();
		long fileId = this.transaction.execute(tx -> {
			if (refusal.fileId() == null) {
				return this.files.insertRefused(kind, refusal.fileName(), refusal.sha256(), refusal.sizeBytes(),
						refusal.getMessage(), jobExecutionId);
			}
			long id = refusal.fileId();
			long staged = this.files.stagedRows(kind, id);
			long rejected = this.files.rejectedLines(id);
			this.files.refuse(id, staged + rejected, rejected, refusal.getMessage());
			return id;
		});
		this.outsideTransactions.executeWithoutResult(none -> this.files.discardStaging(kind));
		this.rejectFiles.write(RunParameters.out(stepExecution.getJobExecution().getJobParameters()), fileId,
				refusal.fileName());
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
