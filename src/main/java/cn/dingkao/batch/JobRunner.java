package cn.dingkao.batch;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.parameters.JobParameter;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Starts a job, or continues the run that the same identifying parameters already began. Every start first
 * takes the database's {@link RunLease}, held only by a live process:
 * <ul>
 * <li>the lease is taken elsewhere: a run is alive on another node or thread — refused
 * ({@link RunInProgressException});</li>
 * <li>with the lease taken, any execution still marked running was left so by a process that died (SIGKILL, power
 * loss): it is marked FAILED at once and continued from its last commit, with no timer and no manual step;</li>
 * <li>no earlier run: start it; an earlier run failed or was stopped: restart it from its last commit;</li>
 * <li>an earlier run completed: do not repeat it unless asked to ({@code repeat}), then start a new instance
 * distinguished by a {@code rerun} parameter.</li>
 * </ul>
 * A failed run's exit description is set to its one-line reason ({@link FailureReason}), Chinese and English,
 * so that every place showing job history says the same thing the command line said.
 */
@Component
public class JobRunner {

	private static final String RERUN = "rerun";

	private static final Logger log = LoggerFactory.getLogger(JobRunner.class);

	private final JobOperator jobOperator;

	private final JobRepository jobRepository;

	private final RunLease lease;

	private final JdbcTemplate jdbc;

	public JobRunner(JobOperator jobOperator, JobRepository jobRepository, RunLease lease, JdbcTemplate jdbc) {
		this.jobOperator = jobOperator;
		this.jobRepository = jobRepository;
		this.lease = lease;
		this.jdbc = jdbc;
	}

	public Outcome run(Job job, JobParameters parameters, boolean repeat) throws Exception {
		try (RunLease.Held held = this.lease.tryAcquire(job.getName())
			.orElseThrow(() -> new RunInProgressException(job.getName(), describeRunning()))) {
			recoverAbandoned();
			JobExecution last = lastRunOf(job.getName(), parameters);
			Outcome outcome;
			if (last == null) {
				outcome = new Outcome(finish(this.jobOperator.start(job, parameters)), false);
			}
			else if (last.getStatus() == BatchStatus.COMPLETED) {
				if (!repeat) {
					outcome = new Outcome(last, true);
				}
				else {
					JobParameters again = new JobParametersBuilder(parameters)
						.addString(RERUN, LocalDateTime.now().toString(), true)
						.toJobParameters();
					outcome = new Outcome(finish(this.jobOperator.start(job, again)), false);
				}
			}
			else {
				outcome = new Outcome(finish(this.jobOperator.restart(last)), false);
			}
			return outcome;
		}
	}

	/**
	 * Marks FAILED every execution (of any job) still marked running on this database when no live process holds
	 * the lease, so that job history shows a killed run as failed. Safe to call at any time: it does nothing while
	 * a run is alive.
	 *
	 * @return how many executions were recovered
	 */
	public int recoverAbandonedRuns() {
		var held = this.lease.tryAcquire("recover");
		if (held.isEmpty()) {
			return 0;
		}
		try (RunLease.Held lease = held.get()) {
			return recoverAbandoned();
		}
	}

	private int recoverAbandoned() {
		List<Long> running = this.jdbc.queryForList("select JOB_EXECUTION_ID from BATCH_JOB_EXECUTION"
				+ " where STATUS in ('STARTING', 'STARTED', 'STOPPING') order by JOB_EXECUTION_ID", Long.class);
		for (Long id : running) {
			JobExecution abandoned = this.jobRepository.getJobExecution(id);
			if (abandoned == null) {
				continue;
			}
			log.warn("Execution {} of {} was left {} by a process that no longer runs; marking it failed to continue it",
					id, abandoned.getJobInstance().getJobName(), abandoned.getStatus());
			JobExecution recovered = this.jobOperator.recover(abandoned);
			recovered.setExitStatus(ExitStatus.FAILED.addExitDescription(
					"运行它的进程已终止（被杀死或断电），下次以相同参数启动时从最后一次提交处继续 (the process running it ended — killed or"
							+ " power loss; the next start with the same parameters continues from its last commit)"));
			this.jobRepository.update(recovered);
		}
		return running.size();
	}

	/** A failed run gets its one-line reason as exit description, and an ERROR line in the log. */
	private JobExecution finish(JobExecution execution) {
		log.info("{} #{} ended {} ({})", execution.getJobInstance().getJobName(), execution.getId(),
				execution.getStatus(), execution.getJobParameters().getIdentifyingParameters());
		if (execution.getStatus() == BatchStatus.FAILED) {
			String reason = FailureReason.of(execution);
			execution.setExitStatus(new ExitStatus(ExitStatus.FAILED.getExitCode(), reason));
			this.jobRepository.update(execution);
			log.error("{} #{} failed: {}", execution.getJobInstance().getJobName(), execution.getId(), reason);
		}
		return execution;
	}

	private String describeRunning() {
		String executions = this.jdbc
			.queryForList("select concat(i.JOB_NAME, ' #', e.JOB_EXECUTION_ID) from BATCH_JOB_EXECUTION e"
					+ " join BATCH_JOB_INSTANCE i on i.JOB_INSTANCE_ID = e.JOB_INSTANCE_ID"
					+ " where e.STATUS in ('STARTING', 'STARTED', 'STOPPING') order by e.JOB_EXECUTION_ID", String.class)
			.stream()
			.collect(Collectors.joining(", "));
		return this.lease.holder().map(holder -> executions.isEmpty() ? holder : executions + "；" + holder)
			.orElse(executions);
	}

	/**
	 * The latest execution for these parameters, including a repeat ({@code rerun}) of them: after a
	 * completed run was repeated on purpose and the repeat failed, it is the repeat that must continue.
	 */
	private JobExecution lastRunOf(String jobName, JobParameters parameters) {
		JobExecution last = this.jobRepository.getLastJobExecution(jobName, parameters);
		var newestInstance = this.jobRepository.getLastJobInstance(jobName);
		if (newestInstance == null) {
			return last;
		}
		JobExecution newest = this.jobRepository.getLastJobExecution(newestInstance);
		if (newest == null || (last != null && newest.getId() <= last.getId())) {
			return last;
		}
		return identity(newest.getJobParameters()).equals(identity(parameters)) ? newest : last;
	}

	/**
	 * The identifying parameters by name and value, a repeat's {@code rerun} aside. (Spring Batch's
	 * {@code JobParameter} equals by name only, so sets of them would call every night the same run.)
	 */
	private static Map<String, Object> identity(JobParameters parameters) {
		return parameters.getIdentifyingParameters()
			.stream()
			.filter(parameter -> !RERUN.equals(parameter.name()))
			.collect(Collectors.toMap(JobParameter::name, JobParameter::value));
	}

	/**
	 * @param execution the execution that ran, or the completed one that was not repeated
	 * @param alreadyComplete true when nothing ran because the same run had completed before
	 */
	public record Outcome(JobExecution execution, boolean alreadyComplete) {

		/** The execution, when it completed; else its one-line reason as a {@link JobFailedException}. */
		public JobExecution requireCompleted() {
			if (this.execution.getStatus() != BatchStatus.COMPLETED) {
				throw new JobFailedException(this.execution);
			}
			return this.execution;
		}

	}

}
