package cn.dingkao.batch;

import org.springframework.batch.infrastructure.item.ExecutionContext;

/**
 * What a step notes in its context for the command line's progress line (how much of its input it has read, or
 * how many rows it will handle), beside the counts Spring Batch keeps. The steps write it; the progress line reads
 * it from the job repository while they run.
 */
public final class StepProgress {

	private static final String BYTES_READ = "progress.bytes.read";

	private static final String BYTES_TOTAL = "progress.bytes.total";

	private static final String ROWS_TOTAL = "progress.rows.total";

	private StepProgress() {
	}

	/** A step reading a file: bytes read so far of the file's size. */
	public static void bytes(ExecutionContext context, long read, long total) {
		context.putLong(BYTES_READ, read);
		context.putLong(BYTES_TOTAL, total);
	}

	/** A step (or a partition) that knows from the start how many rows it will handle. */
	public static void rows(ExecutionContext context, long total) {
		context.putLong(ROWS_TOTAL, total);
	}

	public static long bytesRead(ExecutionContext context) {
		return context.getLong(BYTES_READ, 0L);
	}

	public static long bytesTotal(ExecutionContext context) {
		return context.getLong(BYTES_TOTAL, 0L);
	}

	public static long rowsTotal(ExecutionContext context) {
		return context.getLong(ROWS_TOTAL, 0L);
	}

}
