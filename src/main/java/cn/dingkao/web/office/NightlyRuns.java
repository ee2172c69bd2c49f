package cn.dingkao.web.office;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;

import cn.dingkao.batch.JobRunner;
import cn.dingkao.batch.RunInProgressException;
import cn.dingkao.batch.RunParameters;
import cn.dingkao.batch.RunStatus;
import cn.dingkao.batch.StepCatalog;
import cn.dingkao.ruling.Cycle;
import cn.dingkao.system.DingkaoProperties;
import cn.dingkao.web.ActionRefused;
import cn.dingkao.web.AuditEntity;
import cn.dingkao.web.AuditField;
import cn.dingkao.web.AuditLog;
import cn.dingkao.web.CurrentUser;
import cn.dingkao.web.Labels;
import cn.dingkao.web.PageClock;
import cn.dingkao.web.PhaseGuard;
import cn.dingkao.web.PhaseWindow;
import cn.dingkao.web.Role;
import cn.dingkao.ruling.Phase;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.JobInstance;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.core.task.SimpleAsyncTaskExecutor;
import org.springframework.dao.EmptyResultDataAccessException;
import org.springframework.stereotype.Service;

/**
 * Starts the {@code nightlyJob} from the office page on a background thread (through {@link JobRunner}, so a
 * failed run continues where it stopped) and reads its progress from the job repository, in Chinese.
 */
@Service
class NightlyRuns {

	private static final Logger log = LoggerFactory.getLogger(NightlyRuns.class);

	/** How long the page waits to learn whether the run could start at all. */
	private static final Duration START_WAIT = Duration.ofMillis(1500);

	private final ObjectProvider<Job> nightlyJob;

	private final JobRunner runner;

	private final JobRepository repository;

	private final PhaseGuard phases;

	private final AuditLog audit;

	private final OfficeMapper mapper;

	private final DingkaoProperties folders;

	private final PageClock clock;

	private final StepCatalog steps;

	private final SimpleAsyncTaskExecutor executor;

	/** A run started from this node's pages is still going. */
	private final AtomicBoolean busy = new AtomicBoolean();

	NightlyRuns(@Qualifier("nightlyJob") ObjectProvider<Job> nightlyJob, JobRunner runner, JobRepository repository,
			PhaseGuard phases, AuditLog audit, OfficeMapper mapper, DingkaoProperties folders, StepCatalog steps,
			PageClock clock) {
		this.nightlyJob = nightlyJob;
		this.runner = runner;
		this.repository = repository;
		this.phases = phases;
		this.audit = audit;
		this.mapper = mapper;
		this.folders = folders;
		this.clock = clock;
		this.steps = steps;
		this.executor = new SimpleAsyncTaskExecutor("web-nightly-");
	}

	String jobName() {
		Job job = this.nightlyJob.getIfAvailable();
		return job == null ? null : job.getName();
	}

	/** One run as the office page lists it. */
	record Run(long id, LocalDate businessDate, BatchStatus status, boolean failed, boolean running, String startTime,
			String endTime, String exitDescription) {

		/** The state in Chinese, as the pages show it. */
		public String statusLabel() {
			return RunStatus.label(this.status);
		}

	}

	/**
	 * Runs today's night now: a failed or interrupted night continues where it stopped; a completed one runs
	 * again, unless it already delivered the registry feed — running it again would write a second, identical
	 * delivery (the feed's sequence numbers never repeat), so that is refused with the file's name.
	 */
	void start(CurrentUser user) {
		Job job = this.nightlyJob.getIfAvailable();
		if (job == null) {
			throw new ActionRefused("夜间处理作业尚未部署，不能启动，请联系系统管理员。");
		}
		PhaseWindow window = startWindow(user);
		if (!window.open()) {
			throw new ActionRefused(window.hint());
		}
		LocalDate today = this.phases.today();
		JobParameters parameters = RunParameters.of(this.phases.cycle(), today, this.folders.inputDir(), this.folders.outDir())
			.toJobParameters();
		JobExecution last = lastRunOf(job.getName(), this.phases.cycle(), today);
		List<String> delivered = this.mapper.deliveriesOn(this.phases.cycle(), today);
		if (last != null && last.getStatus() == BatchStatus.COMPLETED && !delivered.isEmpty()) {
			throw new ActionRefused("业务日期 " + today + " 的夜间处理已完成，并已生成报送文件 " + String.join("、", delivered)
					+ "；再次运行会重复报送同样的数据，因此没有启动。结果、汇总表已是最新。");
		}
		if (!this.busy.compareAndSet(false, true)) {
			throw new ActionRefused("夜间处理正在运行，请在下方查看进度，结束后再试。");
		}
		this.audit.record(user, user.districtScope(), AuditEntity.JOB, job.getName(), AuditField.START, null, today);
		CompletableFuture<Void> run = CompletableFuture.runAsync(() -> {
			try {
				this.runner.run(job, parameters, true);
			}
			catch (Exception ex) {
				throw new CompletionException(ex);
			}
			finally {
				this.busy.set(false);
			}
		}, this.executor);
		// a run that cannot start (already running on this or another node) says so at once; a run that starts
		// goes on in the background and the page shows its progress
		try {
			run.get(START_WAIT.toMillis(), TimeUnit.MILLISECONDS);
		}
		catch (TimeoutException ex) {
			run.whenComplete((done, failure) -> {
				if (failure != null) {
					log.error("Nightly run started from the web by {} failed", user.username(), failure);
				}
			});
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
		catch (ExecutionException ex) {
			Throwable cause = ex.getCause() instanceof CompletionException completion ? completion.getCause() : ex.getCause();
			log.error("Nightly run started from the web by {} failed", user.username(), cause);
			if (cause instanceof RunInProgressException) {
				throw new ActionRefused("另一个作业（夜间处理、导入或认定）正在运行，本次没有启动；请在下方查看进度，结束后再试。");
			}
		}
	}

	/**
	 * When this office may start the night. The night is the city's — it imports the city's inbox, rules every
	 * district and writes every workbook — so a district office starts it only while offices check the data
	 * (VERIFICATION to CLOSE: the days the nightly schedule runs for the checking); before that the city decides,
	 * and after CLOSE a night delivers to the registry, which is the city office's (spec "City office: feed
	 * deliveries"). The city office may start it any day.
	 */
	PhaseWindow startWindow(CurrentUser user) {
		if (user.role() == Role.CITY) {
			return PhaseWindow.opened();
		}
		PhaseWindow window = this.phases.between(Phase.VERIFICATION, Phase.CLOSE, "区定考办启动夜间处理");
		if (!window.open() && !this.phases.beforeClose("").open()) {
			return PhaseWindow.closed("考核通道已关闭：此后的夜间处理会向电子化注册系统报送数据，由市定考办启动。");
		}
		return window;
	}

	/** Whether a night started today delivers the registry feed (the day after CLOSE and later). */
	boolean deliversFeed() {
		return !this.phases.beforeClose("").open();
	}

	/**
	 * The newest execution of this cycle's night for the date, a repeat ({@code rerun}) included: found by the
	 * parameters' values, not by {@code JobParameters} equality (a {@code JobParameter} equals any other of the
	 * same name, whatever its value).
	 */
	private JobExecution lastRunOf(String jobName, Cycle cycle, LocalDate date) {
		JobExecution newest = null;
		for (JobInstance instance : this.repository.getJobInstances(jobName, 0, 100)) {
			JobExecution execution = this.repository.getLastJobExecution(instance);
			if (execution != null && date.equals(RunParameters.businessDate(execution.getJobParameters()))
					&& cycle.equals(RunParameters.cycle(execution.getJobParameters()))
					&& (newest == null || execution.getId() > newest.getId())) {
				newest = execution;
			}
		}
		return newest;
	}

	List<Run> history(int max) {
		String name = jobName();
		if (name == null) {
			return List.of();
		}
		List<JobExecution> executions = new ArrayList<>();
		for (JobInstance instance : this.repository.getJobInstances(name, 0, max)) {
			executions.addAll(this.repository.getJobExecutions(instance));
		}
		executions.sort(Comparator.comparing(JobExecution::getId).reversed());
		return executions.stream().limit(max).map(this::run).toList();
	}

	private Run run(JobExecution execution) {
		boolean failed = execution.getStatus() == BatchStatus.FAILED || execution.getStatus() == BatchStatus.ABANDONED;
		return new Run(execution.getId(), RunParameters.businessDate(execution.getJobParameters()),
				execution.getStatus(), failed, execution.getStatus().isRunning(),
				Labels.minutes(this.clock.fromMachine(execution.getStartTime())),
				Labels.minutes(this.clock.fromMachine(execution.getEndTime())),
				failed ? execution.getExitStatus().getExitDescription() : "");
	}

	/** The small JSON the progress page polls: the run and one entry per step, with Chinese texts. */
	Map<String, Object> progress(long executionId) {
		JobExecution execution;
		try {
			execution = this.repository.getJobExecution(executionId);
		}
		catch (EmptyResultDataAccessException ex) {
			// the JDBC repository answers an unknown execution id with this rather than null (MySQL, 6.0)
			execution = null;
		}
		if (execution == null || !execution.getJobInstance().getJobName().equals(jobName())) {
			return null;
		}
		List<Map<String, Object>> steps = new ArrayList<>();
		execution.getStepExecutions()
			.stream()
			.sorted(Comparator.comparing(StepExecution::getId))
			.forEach(step -> steps.add(Map.of("step", this.steps.label(step), "status", RunStatus.label(step.getStatus()),
					"failed", step.getStatus() == BatchStatus.FAILED, "running", step.getStatus().isRunning(),
					"read", step.getReadCount(), "write", step.getWriteCount(), "skip",
					step.getSkipCount())));
		Run run = run(execution);
		Map<String, Object> progress = new LinkedHashMap<>();
		progress.put("id", execution.getId());
		progress.put("status", run.statusLabel());
		progress.put("running", run.running());
		progress.put("failed", run.failed());
		progress.put("businessDate", String.valueOf(run.businessDate()));
		progress.put("startTime", run.startTime());
		progress.put("endTime", run.endTime());
		progress.put("exitDescription", run.exitDescription() == null ? "" : run.exitDescription());
		progress.put("steps", steps);
		return progress;
	}

}
