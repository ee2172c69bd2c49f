package cn.dingkao.ingest;

import cn.dingkao.ingest.internal.ImportFiles;

import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.core.listener.StepExecutionListener;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The two statements on a kind's staging tables that commit whatever transaction is open — ANALYZE and TRUNCATE —
 * run after a step of the kind has completed, outside any transaction (propagation NOT_SUPPORTED), instead of in
 * steps of their own (issue 26: a kind took five steps, now three):
 * <ul>
 * <li>{@link #statistics} after the load: the optimizer's figures of the staging just filled, when a file of the
 * kind waits to be merged ({@link ImportFiles#analyzeStaging}: with the figures of the empty table TRUNCATE left,
 * MySQL planned the merge's per-key lookups as scans of the whole file);</li>
 * <li>{@link #discard} after the merge: empties the staging of every file of the kind no longer in flight — the one
 * just imported, one replaced before its load finished ({@link ImportFiles#discardStaging}).</li>
 * </ul>
 * A kill between a step's last commit and this work leaves the step unfinished; the restart runs the step again
 * (every import step is started again on a restart), which finds nothing more to load or merge and ends here again.
 * Staging left by a run killed for good is emptied by the kind's next merge; no merge reads it, since every
 * statement on staging names its file. A failed step does nothing here (a refusal empties staging itself,
 * {@link RefusalListener}).
 */
final class StagingUpkeep implements StepExecutionListener {

	private final TransactionTemplate outsideTransactions;

	private final Runnable work;

	private StagingUpkeep(TransactionTemplate outsideTransactions, Runnable work) {
		this.outsideTransactions = outsideTransactions;
		this.work = work;
	}

	/** After the load step: the staging tables' statistics, when a file of the kind waits to be merged. */
	static StagingUpkeep statistics(ImportKind kind, ImportFiles files, TransactionTemplate outsideTransactions) {
		return new StagingUpkeep(outsideTransactions, () -> {
			if (files.anyInFlight(kind)) {
				files.analyzeStaging(kind);
			}
		});
	}

	/** After the merge step: staging emptied of what no file in flight needs. */
	static StagingUpkeep discard(ImportKind kind, ImportFiles files, TransactionTemplate outsideTransactions) {
		return new StagingUpkeep(outsideTransactions, () -> files.discardStaging(kind));
	}

	@Override
	public ExitStatus afterStep(StepExecution stepExecution) {
		if (stepExecution.getStatus() == BatchStatus.COMPLETED) {
			this.outsideTransactions.executeWithoutResult(none -> this.work.run());
		}
		return stepExecution.getExitStatus();
	}

}
