package cn.dingkao.cli;

import java.io.PrintStream;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import cn.dingkao.batch.JobStep;
import cn.dingkao.batch.StepCatalog;
import cn.dingkao.batch.StepProgress;

import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Shows what a running job is doing, from a thread that polls the job repository (the counts and contexts
 * each step commits, {@link StepProgress}) — the jobs themselves know nothing of it. Each report names the step
 * ({@link StepCatalog}: its label and name), rows done (of how many, where known), the rate and an estimate of the
 * time left: on a terminal one line rewritten in place every second, otherwise a plain line every few seconds
 * ({@code dingkao.progress.interval}) so that a log of redirected output reads well.
 */
final class ProgressReporter {

	/** What Spring Batch keeps in a partition manager's context (SimpleStepExecutionSplitter): its grid size. */
	private static final String PARTITION_GRID_SIZE = "SimpleStepExecutionSplitter.GRID_SIZE";

	private final JobRepository repository;

	private final StepCatalog steps;

	private final JdbcTemplate jdbc;

	private final PrintStream err;

	private final boolean live;

	private final Duration interval;

	private final long after;

	private final Thread thread;

	private volatile boolean stopped;

	private String lastLine = "";

	private ProgressReporter(JobRepository repository, StepCatalog steps, JdbcTemplate jdbc, PrintStream err,
			boolean live, Duration interval) {
		this.repository = repository;
		this.steps = steps;
		this.jdbc = jdbc;
		this.err = err;
		this.live = live;
		this.interval = interval;
		Long max = jdbc.queryForObject("select max(JOB_EXECUTION_ID) from BATCH_JOB_EXECUTION", Long.class);
		this.after = max == null ? 0 : max;
		this.thread = new Thread(this::loop, "dingkao-progress");
		this.thread.setDaemon(true);
	}

	static ProgressReporter start(ConfigurableApplicationContext context, PrintStream err) {
		Environment environment = context.getEnvironment();
		boolean live = System.console() != null && !"dumb".equals(System.getenv("TERM"));
		Duration interval = environment.getProperty("dingkao.progress.interval", Duration.class,
				live ? Duration.ofSeconds(1) : Duration.ofSeconds(5));
		ProgressReporter reporter = new ProgressReporter(context.getBean(JobRepository.class),
				context.getBean(StepCatalog.class), context.getBean(JdbcTemplate.class), err, live, interval);
		reporter.thread.start();
		return reporter;
	}

	void stop() {
		this.stopped = true;
		this.thread.interrupt();
		try {
			this.thread.join(2000);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
		if (this.live && !this.lastLine.isEmpty()) {
			this.err.print("\r\033[K");
			this.err.flush();
		}
	}

	private void loop() {
		while (!this.stopped) {
			try {
				Thread.sleep(this.interval.toMillis());
				String line = report();
				if (line != null && !this.stopped) {
					show(line);
				}
			}
			catch (InterruptedException ex) {
				return;
			}
			catch (RuntimeException ex) {
				// a report that cannot be read now (the job is committing) is simply skipped
			}
		}
	}

	private void show(String line) {
		if (this.live) {
			this.err.print("\r\033[K" + line);
			this.err.flush();
		}
		else {
			this.err.println(line);
		}
		this.lastLine = line;
	}

	/** One report of the running execution started by this command, or null when none runs. */
	String report() {
		Long id = this.jdbc.queryForObject("select max(JOB_EXECUTION_ID) from BATCH_JOB_EXECUTION"
				+ " where JOB_EXECUTION_ID > ? and STATUS in ('STARTING', 'STARTED')", Long.class, this.after);
		if (id == null) {
			return null;
		}
		JobExecution execution = this.repository.getJobExecution(id);
		if (execution == null) {
			return null;
		}
		// the partitions of one step are reported together, the finished ones too, or the total would drop as each
		// one ends; shown are the running steps that do the work — not a partition manager, which runs while its
		// workers do — several at once where a job runs flows side by side (the import)
		Map<String, List<StepExecution>> byStep = new LinkedHashMap<>();
		Map<String, JobStep> declared = new LinkedHashMap<>();
		Set<String> running = new LinkedHashSet<>();
		for (StepExecution step : execution.getStepExecutions()) {
			if (step.getExecutionContext().containsKey(PARTITION_GRID_SIZE)) {
				continue; // a manager's counts are its workers' (summed again when it ends)
			}
			Optional<JobStep> known = this.steps.step(step);
			String name = known.map(JobStep::stepName).orElse(step.getStepName());
			known.ifPresent(found -> declared.put(name, found));
			byStep.computeIfAbsent(name, key -> new ArrayList<>()).add(step);
			if (step.getStatus() == BatchStatus.STARTED || step.getStatus() == BatchStatus.STARTING) {
				running.add(name);
			}
		}
		if (running.isEmpty()) {
			return null;
		}
		StringBuilder line = new StringBuilder();
		line.append('[').append(clock(elapsed(execution))).append("] ").append(execution.getJobInstance().getJobName());
		for (String name : running) {
			JobStep step = declared.get(name);
			line.append(" · ")
				.append(step == null ? name : step.label() + " (" + name + ")")
				.append("  ")
				.append(describe(step == null ? "行 (rows)" : step.unit(), byStep.get(name)));
		}
		return line.toString();
	}

	private static String describe(String unit, List<StepExecution> steps) {
		long done = 0;
		long bytes = 0;
		long size = 0;
		long total = 0;
		LocalDateTime started = null;
		for (StepExecution step : steps) {
			done += Math.max(step.getReadCount(), step.getWriteCount());
			bytes += StepProgress.bytesRead(step.getExecutionContext());
			size += StepProgress.bytesTotal(step.getExecutionContext());
			total += StepProgress.rowsTotal(step.getExecutionContext());
			if (step.getStartTime() != null && (started == null || step.getStartTime().isBefore(started))) {
				started = step.getStartTime();
			}
		}
		double seconds = started == null ? 0 : Math.max(0.001, Duration.between(started, LocalDateTime.now()).toMillis() / 1000.0);
		StringBuilder line = new StringBuilder();
		double fraction = -1;
		if (size > 0) {
			fraction = Math.min(1.0, bytes / (double) size);
			line.append(String.format("%,d %s · %.0f%% of %.1f MB", done, unit, fraction * 100, size / 1e6));
		}
		else if (total > 0) {
			fraction = Math.min(1.0, done / (double) total);
			line.append(String.format("%,d / %,d %s", done, total, unit));
		}
		else {
			line.append(String.format("%,d %s", done, unit));
		}
		if (seconds > 0 && done > 0) {
			line.append(String.format(" · %,.0f/秒 (per s)", done / seconds));
		}
		if (fraction > 0.01 && fraction < 1.0 && seconds > 1) {
			long left = Math.round(seconds * (1 - fraction) / fraction);
			line.append(" · 预计剩余 (eta) ").append(clock(left));
		}
		return line.toString();
	}

	private static long elapsed(JobExecution execution) {
		LocalDateTime start = execution.getStartTime() != null ? execution.getStartTime() : execution.getCreateTime();
		return start == null ? 0 : Math.max(0, Duration.between(start, LocalDateTime.now()).toSeconds());
	}

	private static String clock(long seconds) {
		return seconds >= 3600 ? String.format("%d:%02d:%02d", seconds / 3600, seconds / 60 % 60, seconds % 60)
				: String.format("%d:%02d", seconds / 60, seconds % 60);
	}

}
