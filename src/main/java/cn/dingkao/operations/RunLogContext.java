package cn.dingkao.operations;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.slf4j.MDC;

import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.listener.JobExecutionListener;
import org.springframework.batch.core.listener.StepExecutionListener;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.core.Ordered;

/**
 * Puts the run into every log line written while it works: the job's name, its execution id (the run id the job
 * history, the command line and the web show) and the step, as MDC entries {@code dingkao.job}, {@code dingkao.run}
 * and {@code dingkao.step}. Structured logs ({@code logging.structured.format.file=ecs}) carry them as fields, and
 * the text pattern shows them ({@code logging.pattern.correlation}). Steps run on threads of their own (the import's
 * kinds side by side, the ruling's partitions), so each step sets them on its thread and clears them when it ends;
 * the job's thread keeps them until the job ends. When a job ends, the metrics read from the database are marked
 * stale ({@link RunEnded}).
 */
class RunLogContext implements JobExecutionListener, StepExecutionListener, Ordered {

	static final String JOB = "dingkao.job";

	static final String RUN = "dingkao.run";

	static final String STEP = "dingkao.step";

	/** The thread that runs each job execution, which keeps its entries until the job ends. */
	private final Map<Long, Thread> jobThreads = new ConcurrentHashMap<>();

	private final ApplicationEventPublisher events;

	RunLogContext(ApplicationEventPublisher events) {
		this.events = events;
	}

	@Override
	public int getOrder() {
		// first, so that the other listeners' lines carry the run too
		return Ordered.HIGHEST_PRECEDENCE;
	}

	@Override
	public void beforeJob(JobExecution execution) {
		this.jobThreads.put(execution.getId(), Thread.currentThread());
		put(execution);
	}

	@Override
	public void afterJob(JobExecution execution) {
		this.jobThreads.remove(execution.getId());
		MDC.remove(JOB);
		MDC.remove(RUN);
		this.events.publishEvent(new RunEnded(execution.getJobInstance().getJobName(), execution.getId()));
	}

	@Override
	public void beforeStep(StepExecution step) {
		put(step.getJobExecution());
		MDC.put(STEP, step.getStepName());
	}

	@Override
	public ExitStatus afterStep(StepExecution step) {
		MDC.remove(STEP);
		if (this.jobThreads.get(step.getJobExecutionId()) != Thread.currentThread()) {
			MDC.remove(JOB);
			MDC.remove(RUN);
		}
		return null;
	}

	private static void put(JobExecution execution) {
		MDC.put(JOB, execution.getJobInstance().getJobName());
		MDC.put(RUN, String.valueOf(execution.getId()));
	}

	/** A job execution of this process ended (completed, failed or stopped). */
	record RunEnded(String jobName, long executionId) {
	}

}
