package cn.dingkao.reconcile;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;

import cn.dingkao.batch.RunParameters;
import cn.dingkao.reconcile.ReconcileMapper.UnknownHalf;
import cn.dingkao.ruling.Cycle;

import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * {@code rule.unknownRecords}: the set-based warnings — records that match no roster physician or no institution,
 * and in a re-assessment the records of physicians outside its population. First the rows no longer true are deleted,
 * then the two halves ({@link UnknownHalf}) are written by two statements side by side, each in a transaction of its
 * own: each is a scan of the input tables that keeps one of the server's cores busy while the JVM waits (issue 26:
 * 2.6 s in one statement at 150,000 physicians). Every statement writes only the difference, so a run killed between
 * them is finished by the restart running the step again.
 */
final class UnknownRecordsTasklet implements Tasklet {

	private final ReconcileMapper mapper;

	private final TransactionTemplate ownTransaction;

	private final Executor sideBySide;

	/** {@code ownTransaction}: a transaction of its own (REQUIRES_NEW) for each statement. */
	UnknownRecordsTasklet(ReconcileMapper mapper, TransactionTemplate ownTransaction, Executor sideBySide) {
		this.mapper = mapper;
		this.ownTransaction = ownTransaction;
		this.sideBySide = sideBySide;
	}

	@Override
	public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) {
		var jobExecution = chunkContext.getStepContext().getStepExecution().getJobExecution();
		var jobContext = jobExecution.getExecutionContext();
		if (jobContext.containsKey(RuleJobConfiguration.CHANGED_ROWS)
				&& jobContext.getLong(RuleJobConfiguration.CHANGED_ROWS) == 0) {
			// no input row, physician or institution changed since the last run: its warnings stand as they are
			return RepeatStatus.FINISHED;
		}
		Cycle cycle = RunParameters.cycle(jobExecution.getJobParameters());
		Population population = Population.of(cycle);
		// a CHANGED run redoes the warnings of its physicians only
		Long todoRun = jobContext.containsKey(RuleJobConfiguration.TODO_RUN)
				? jobContext.getLong(RuleJobConfiguration.TODO_RUN) : null;
		long runId = jobContext.getLong(RuleJobConfiguration.RUN_ID);
		int deleted = this.ownTransaction
			.execute(tx -> this.mapper.deleteStaleUnknownRecords(cycle, population, todoRun));
		CompletableFuture<Integer> physicians = CompletableFuture.supplyAsync(
				() -> insert(cycle, runId, population, todoRun, UnknownHalf.PHYSICIANS), this.sideBySide);
		int orgs = insert(cycle, runId, population, todoRun, UnknownHalf.ORGS);
		try {
			contribution.incrementWriteCount(deleted + orgs + physicians.join());
		}
		catch (CompletionException ex) {
			throw ex.getCause() instanceof RuntimeException cause ? cause : ex;
		}
		return RepeatStatus.FINISHED;
	}

	private int insert(Cycle cycle, long runId, Population population, Long todoRun, UnknownHalf half) {
		return this.ownTransaction.execute(tx -> this.mapper.insertUnknownRecords(cycle, runId, population,
				RuleJobConfiguration.SET_ASIDE_SEVERITIES, todoRun, half));
	}

}
