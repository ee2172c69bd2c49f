package cn.dingkao.web.office;

import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import cn.dingkao.batch.JobRunner;
import cn.dingkao.batch.RunParameters;
import cn.dingkao.web.ActionRefused;
import cn.dingkao.web.AuditLog;
import cn.dingkao.web.CurrentUser;
import cn.dingkao.web.PhaseGuard;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.JobInstance;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.task.SimpleAsyncTaskExecutor;
import org.springframework.core.task.TaskExecutor;
import org.springframework.stereotype.Service;

/**
 * Starts the {@code nightlyJob} from the office page on a background thread (through {@link JobRunner}, so a
 * failed run continues where it stopped) and reads its progress from the job repository.
 */
@Service
class NightlyRuns {

	private static final Logger log = LoggerFactory.getLogger(NightlyRuns.class);

	private final ObjectProvider<Job> nightlyJob;

	private final JobRunner runner;

	private final JobRepository repository;

	private final PhaseGuard phases;

	private final AuditLog audit;

	private final String input;

	private final String out;

	private final TaskExecutor executor;

	NightlyRuns(@Qualifier("nightlyJob") ObjectProvider<Job> nightlyJob, JobRunner runner, JobRepository repository,
			PhaseGuard phases, AuditLog audit, @Value("${dingkao.input-dir:./sample-input}") String input,
			@Value("${dingkao.out-dir:./out}") String out) {
		this.nightlyJob = nightlyJob;
		this.runner = runner;
		this.repository = repository;
		this.phases = phases;
		this.audit = audit;
		this.input = input;
		this.out = out;
		SimpleAsyncTaskExecutor threads = new SimpleAsyncTaskExecutor("web-nightly-");
		threads.setConcurrencyLimit(1);
		this.executor = threads;
	}

	String jobName() {
		Job job = this.nightlyJob.getIfAvailable();
		return job == null ? null : job.getName();
	}

	void start(CurrentUser user) {
		Job job = this.nightlyJob.getIfAvailable();
		if (job == null) {
			throw new ActionRefused("夜间处理作业（nightlyJob）尚未部署，不能启动。");
		}
		JobParameters parameters = RunParameters
			.of(this.phases.cycle(), this.phases.today(), Path.of(this.input), Path.of(this.out))
			.toJobParameters();
		JobExecution last = this.repository.getLastJobExecution(job.getName(), parameters);
		if (last != null && last.getStatus().isRunning()) {
			throw new ActionRefused("夜间处理正在运行（#" + last.getId() + "），请稍候。");
		}
		this.audit.record(user, user.districtScope(), "job", job.getName(), "start", null, this.phases.today());
		this.executor.execute(() -> {
			try {
				this.runner.run(job, parameters, true);
			}
			catch (Exception ex) {
				log.error("Nightly run started from the web by {} failed", user.username(), ex);
			}
		});
	}

	List<JobExecution> history(int max) {
		String name = jobName();
		if (name == null) {
			return List.of();
		}
		List<JobExecution> executions = new ArrayList<>();
		for (JobInstance instance : this.repository.getJobInstances(name, 0, max)) {
			executions.addAll(this.repository.getJobExecutions(instance));
		}
		executions.sort(Comparator.comparing(JobExecution::getId).reversed());
		return executions.size() > max ? executions.subList(0, max) : executions;
	}

	/** The small JSON the progress page polls: one entry per step with its counts. */
	Map<String, Object> progress(long executionId) {
		JobExecution execution = this.repository.getJobExecution(executionId);
		if (execution == null || !execution.getJobInstance().getJobName().equals(jobName())) {
			return null;
		}
		List<Map<String, Object>> steps = new ArrayList<>();
		execution.getStepExecutions().stream().sorted(Comparator.comparing(s -> s.getId())).forEach(step -> steps.add(Map.of(
				"step", step.getStepName(), "status", step.getStatus().name(), "read", step.getReadCount(), "write",
				step.getWriteCount(), "skip", step.getSkipCount())));
		LocalDateTime end = execution.getEndTime();
		return Map.of("id", execution.getId(), "status", execution.getStatus().name(), "exitCode",
				execution.getExitStatus().getExitCode(), "running", execution.getStatus().isRunning(), "startTime",
				String.valueOf(execution.getStartTime()), "endTime", end == null ? "" : end.toString(), "steps", steps);
	}

}
