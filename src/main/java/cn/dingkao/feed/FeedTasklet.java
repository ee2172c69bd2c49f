package cn.dingkao.feed;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;

import cn.dingkao.ruling.Cycle;

import org.apache.ibatis.cursor.Cursor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Writes one delivery of the registry feed. The sequence number is taken, the file written and the delivery
 * recorded in one transaction holding the cycle's counter row lock; the files get their final names after
 * it commits. A restart of a job instance that already recorded its delivery only finishes the renames.
 */
class FeedTasklet implements Tasklet {

	private static final Logger log = LoggerFactory.getLogger(FeedTasklet.class);

	private final FeedMapper mapper;

	private final FeedWindow window;

	private final FeedBasis feedBasis;

	private final TransactionTemplate newTransaction;

	private final Cycle cycle;

	private final Clock clock;

	private final LocalDate businessDate;

	private final Path folder;

	private final FeedMode mode;

	private final boolean force;

	private final boolean resendRejected;

	FeedTasklet(FeedMapper mapper, FeedWindow window, FeedBasis feedBasis, TransactionTemplate newTransaction,
			Clock clock, Cycle cycle, LocalDate businessDate, Path out, FeedMode mode, boolean force,
			boolean resendRejected) {
		this.mapper = mapper;
		this.window = window;
		this.feedBasis = feedBasis;
		this.newTransaction = newTransaction;
		this.clock = clock;
		this.cycle = cycle;
		this.businessDate = businessDate;
		this.folder = out.resolve("feed").resolve(cycle.code()).toAbsolutePath().normalize();
		this.mode = mode;
		this.force = force;
		this.resendRejected = resendRejected;
	}

	@Override
	public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) {
		long jobInstanceId = contribution.getStepExecution().getJobExecution().getJobInstance().getInstanceId();
		FeedDelivery delivery = this.mapper.findByJobInstance(jobInstanceId);
		if (delivery != null) {
			log.info("Delivery {} was already written by this job instance; not writing it again", delivery.getFileName());
		}
		else {
			this.window.check(this.cycle, this.businessDate, this.force);
			this.newTransaction.executeWithoutResult(status -> this.mapper.createCounter(this.cycle));
			delivery = this.newTransaction.execute(status -> deliver(jobInstanceId));
		}
		FeedFiles.publish(delivery);
		contribution.incrementWriteCount(delivery.getRowCount());
		return RepeatStatus.FINISHED;
	}

	private FeedDelivery deliver(long jobInstanceId) {
		int seq = this.mapper.lockCounter(this.cycle) + 1;
		String fileName = FeedFiles.fileName(this.cycle, this.businessDate, seq);
		try {
			boolean full = this.mode == FeedMode.FULL;
			String basis = full ? this.feedBasis.of(this.cycle) : null;
			// an unchanged night: the last FULL made from the same results, with the new date (issue 26)
			FeedDelivery earlier = full ? this.mapper.latestFull(this.cycle, basis) : null;
			FeedFiles.Written written = earlier == null ? null
					: FeedFiles.copyWithDate(earlier, this.folder, fileName, this.businessDate);
			// the delivered state is already the results': the previous delivery was made from the same ones
			boolean sameAsPrevious = written != null && earlier.getSeqNo() == seq - 1;
			if (written == null) {
				written = write(full, fileName);
			}
			FeedDelivery delivery = new FeedDelivery(this.cycle, seq, fileName, this.mode, written.rows(),
					written.sha256(), this.businessDate, LocalDateTime.now(this.clock).withNano(0), this.folder.toString(),
					jobInstanceId, basis);
			FeedFiles.writeManifest(this.folder, delivery);
			this.mapper.updateCounter(this.cycle, seq);
			this.mapper.insertDelivery(delivery);
			if (!sameAsPrevious) {
				this.mapper.forgetChangedDelivered(this.cycle);
				this.mapper.recordNewDelivered(this.cycle, seq);
			}
			return delivery;
		}
		catch (RuntimeException ex) {
			// the transaction rolls back: the sequence number is not used, so its files must not stay either
			FeedFiles.discardTemps(this.folder, fileName);
			throw ex;
		}
	}

	/** The delivery's rows from the results: every physician's (FULL) or what differs from the delivered (DELTA). */
	private FeedFiles.Written write(boolean full, String fileName) {
		try (Cursor<FeedRow> rows = full ? this.mapper.fullRows(this.cycle) : this.mapper.deltaRows(this.cycle, this.resendRejected)) {
			return FeedFiles.writeData(this.folder, fileName, ByteOrderRuns.of(rows.iterator()), this.businessDate);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
