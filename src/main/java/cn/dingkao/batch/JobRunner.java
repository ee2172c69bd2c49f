package cn.dingkao.batch;

import java.time.Duration;
import java.time.LocalDateTime;
import java.util.Map;
import java.util.stream.Collectors;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.parameters.JobParameter;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Starts a job, or continues the run that the same identifying parameters already began.
 * <ul>
 * <li>no earlier run: start it;</li>
 * <li>an earlier run failed or was stopped: restart it from its last commit;</li>
 * <li>an earlier run still marked STARTED but nobody is running it (the process was killed): mark it
 * failed and restart it, with no manual step;</li>
 * <li>an earlier run completed: do not repeat it unless asked to ({@code repeat}), then start a new
 * instance distinguished by a {@code rerun} parameter.</li>
 * </ul>
 */
@Component
public class JobRunner {

	private static final String RERUN = "rerun";

	private static final Logger log = LoggerFactory.getLogger(JobRunner.class);

	private final JobOperator jobOperator;

	private final JobRepository jobRepository;

	private final Duration staleAfter;

	public JobRunner(JobOperator jobOperator, JobRepository jobRepository,
			@Value("${dingkao.batch.stale-after:PT2M}") Duration staleAfter) {
		this.jobOperator = jobOperator;
		this.jobRepository = jobRepository;
		this.staleAfter = staleAfter;
	}

	public Outcome run(Job job, JobParameters parameters, boolean repeat) throws Exception {
		JobExecution last = lastRunOf(job.getName(), parameters);
		if (last == null) {
			return new Outcome(this.jobOperator.start(job, parameters), false);
		}
		if (last.getStatus().isRunning()) {
			if (!isAbandoned(last)) {
				throw new IllegalStateException("作业正在运行 (job already running): " + job.getName() + " #" + last.getId());
			}
			log.warn("Execution {} of {} was left {} by a process that no longer runs; recovering it", last.getId(),
					job.getName(), last.getStatus());
			last = this.jobOperator.recover(last);
		}
		if (last.getStatus() == BatchStatus.COMPLETED) {
			if (!repeat) {
				return new Outcome(last, true);
			}
			JobParameters again = new JobParametersBuilder(parameters)
				.addString(RERUN, LocalDateTime.now().toString(), true)
				.toJobParameters();
			return new Outcome(this.jobOperator.start(job, again), false);
		}
		return new Outcome(this.jobOperator.restart(last), false);
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
	 * A run is abandoned when neither it nor any of its steps has been updated for a while: chunks commit
	 * (and update their step) far more often than that.
	 */
	private boolean isAbandoned(JobExecution execution) {
		LocalDateTime lastSign = execution.getLastUpdated() != null ? execution.getLastUpdated() : execution.getCreateTime();
		for (var step : execution.getStepExecutions()) {
			if (step.getLastUpdated() != null && step.getLastUpdated().isAfter(lastSign)) {
				lastSign = step.getLastUpdated();
			}
		}
		return lastSign == null || lastSign.plus(this.staleAfter).isBefore(LocalDateTime.now());
	}

	/**
	 * @param execution the execution that ran, or the completed one that was not repeated
	 * @param alreadyComplete true when nothing ran because the same run had completed before
	 */
	public record Outcome(JobExecution execution, boolean alreadyComplete) {
	}

}
