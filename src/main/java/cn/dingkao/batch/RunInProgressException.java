package cn.dingkao.batch;

/**
 * A job was asked to run while a live process (or another thread of this one) holds the database's
 * {@link RunLease}: a run is in progress and this start is refused.
 */
public final class RunInProgressException extends IllegalStateException {

	public RunInProgressException(String jobName, String running) {
		super("作业正在运行，本次未启动 (a job is already running; " + jobName + " not started)"
				+ (running.isEmpty() ? "" : ": " + running)
				+ "。请等它结束后再运行 (wait until it ends, then run the same command again)");
	}

}
