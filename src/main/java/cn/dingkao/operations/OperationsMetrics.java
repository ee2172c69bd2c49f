package cn.dingkao.operations;

import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.ToDoubleFunction;

import cn.dingkao.feed.FeedMode;
import cn.dingkao.ingest.FileStatus;
import cn.dingkao.ingest.ImportKind;
import cn.dingkao.message.MessagePurpose;
import cn.dingkao.message.MessageStatus;
import cn.dingkao.ruling.Cycle;
import cn.dingkao.ruling.CycleCalendar;
import cn.dingkao.ruling.Outcome;
import cn.dingkao.ruling.ReceiptStatus;
import cn.dingkao.system.CycleCalendars;
import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tags;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.batch.core.job.Job;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;

/**
 * The pipeline's figures as Micrometer meters, read from the database ({@link OperationsMapper}): rows imported and
 * rejected per kind, physicians per outcome, feed deliveries and rows, the registry's answers, messages of the
 * outbox by status, the latest run of each job, failed steps, and whether tonight's run is missing. The batch
 * commands are processes that end when their run does, so their figures cannot wait in their memory for a scrape;
 * read from the database by {@code serve}, they are the same on every node and survive every process.
 * <p>
 * The figures are read at most every {@code dingkao.operations.metrics-refresh} (15 s), when a scrape asks for them,
 * and again after each run this process ends. Meters are registered up front for every value their tags can take
 * (kinds, outcomes, cycles of the calendar, statuses); a failed step, whose job and step are known only when it
 * fails, gets its meter when the figures first show it.
 */
class OperationsMetrics {

	private static final Logger log = LoggerFactory.getLogger(OperationsMetrics.class);

	/** Failed steps are counted over this window: an alert on {@code > 0} fires for a day after a failure. */
	static final Duration STEP_FAILURES_WINDOW = Duration.ofHours(24);

	private final OperationsMapper mapper;

	private final NightlyWatch nightly;

	private final CycleCalendars calendars;

	private final ObjectProvider<Job> jobs;

	private final MeterRegistry registry;

	private final Duration refresh;

	private final ReentrantLock loading = new ReentrantLock();

	private final Set<Meter> registered = ConcurrentHashMap.newKeySet();

	private volatile Map<Meter, Double> values = Map.of();

	private volatile long loadedAt;

	private volatile boolean failing;

	OperationsMetrics(OperationsMapper mapper, NightlyWatch nightly, CycleCalendars calendars, ObjectProvider<Job> jobs,
			MeterRegistry registry, OperationsProperties properties) {
		this.mapper = mapper;
		this.nightly = nightly;
		this.calendars = calendars;
		this.jobs = jobs;
		this.registry = registry;
		this.refresh = properties.metricsRefresh();
	}

	/** Once the schema is migrated: every meter whose tags are known, then the figures. */
	@EventListener(ApplicationReadyEvent.class)
	void registerKnownMeters() {
		List<String> cycles = this.calendars.all().stream().map(CycleCalendar::cycle).map(Cycle::code).toList();
		for (ImportKind kind : ImportKind.values()) {
			for (String state : List.of("read", "imported", "rejected")) {
				register(Meter.counter("dingkao.import.rows", "Rows of the input files, by what became of them", "kind",
						kind.baseName(), "state", state));
				register(Meter.gauge("dingkao.import.last.rows", "Rows of the latest file of the kind imported or refused",
						"kind", kind.baseName(), "state", state));
			}
			for (FileStatus status : FileStatus.values()) {
				register(Meter.gauge("dingkao.import.files", "Input files by what the import did with them", "kind",
						kind.baseName(), "status", status.name()));
			}
		}
		for (String cycle : cycles) {
			for (Outcome outcome : Outcome.values()) {
				register(Meter.gauge("dingkao.physicians", "Physicians ruled, by outcome", "cycle", cycle, "outcome",
						outcome.name()));
			}
			for (FeedMode mode : FeedMode.values()) {
				register(Meter.counter("dingkao.feed.deliveries", "Registry deliveries written", "cycle", cycle, "mode",
						mode.name()));
				register(Meter.counter("dingkao.feed.rows", "Rows of the registry deliveries", "cycle", cycle, "mode",
						mode.name()));
			}
			register(Meter.gauge("dingkao.feed.last.rows", "Rows of the latest registry delivery", "cycle", cycle));
			register(Meter.seconds("dingkao.feed.last.delivery.timestamp", "When the latest delivery was written",
					"cycle", cycle));
			register(Meter.gauge("dingkao.feed.unanswered", "Deliveries without an imported receipt", "cycle", cycle));
			for (ReceiptStatus status : ReceiptStatus.values()) {
				register(Meter.gauge("dingkao.registry.physicians", "Physicians by the registry's latest answer", "cycle",
						cycle, "status", status.name()));
			}
			register(Meter.gauge("dingkao.nightly.scheduled", "1 when the cycle's calendar has a nightly run today",
					"cycle", cycle));
			register(Meter.gauge("dingkao.nightly.missing", "1 when today's nightly run has not completed by the due time",
					"cycle", cycle));
			register(Meter.seconds("dingkao.nightly.last.success.timestamp", "When the latest completed night ended",
					"cycle", cycle));
		}
		for (MessagePurpose purpose : MessagePurpose.values()) {
			for (MessageStatus status : MessageStatus.values()) {
				register(Meter.gauge("dingkao.messages", "Messages of the outbox, by status", "purpose", purpose.name(),
						"status", status.name()));
			}
		}
		register(Meter.seconds("dingkao.messages.oldest.queued.age", "Age of the oldest message still queued"));
		this.jobs.orderedStream().map(Job::getName).distinct().forEach(job -> {
			register(Meter.gauge("dingkao.batch.job.last.failed", "1 when the latest run of the job did not complete"
					+ " (failed, stopped or abandoned)", "job", job));
			register(Meter.seconds("dingkao.batch.job.last.end.timestamp", "When the latest run of the job ended", "job",
					job));
		});
		load();
	}

	/** A run of this process ended: the next scrape reads the figures again. */
	@EventListener(RunLogContext.RunEnded.class)
	void runEnded() {
		this.loadedAt = 0;
	}

	double value(Meter meter) {
		if (System.nanoTime() - this.loadedAt > this.refresh.toNanos() && this.loading.tryLock()) {
			try {
				load();
			}
			finally {
				this.loading.unlock();
			}
		}
		return this.values.getOrDefault(meter, meter.whenAbsent());
	}

	private void load() {
		try {
			Map<Meter, Double> read = read();
			this.values = read;
			read.keySet().forEach(this::register);
			if (this.failing) {
				log.info("The figures for the metrics are read again");
				this.failing = false;
			}
		}
		catch (RuntimeException ex) {
			// the health endpoint says what is wrong with the database; the meters keep their last figures
			if (!this.failing) {
				log.warn("The figures for the metrics cannot be read: {}", ex.toString());
				this.failing = true;
			}
		}
		this.loadedAt = System.nanoTime();
	}

	private Map<Meter, Double> read() {
		Map<Meter, Double> read = new HashMap<>();
		for (OperationsMapper.ImportRows rows : this.mapper.importRows()) {
			read.merge(Meter.gauge("dingkao.import.files", null, "kind", rows.kind(), "status", rows.status()),
					(double) rows.files(), Double::sum);
			if (FileStatus.IMPORTED.name().equals(rows.status()) || FileStatus.REFUSED.name().equals(rows.status())) {
				read.merge(importRows(rows.kind(), "read"), (double) rows.rowsRead(), Double::sum);
				read.merge(importRows(rows.kind(), "rejected"), (double) rows.rowsRejected(), Double::sum);
				if (FileStatus.IMPORTED.name().equals(rows.status())) {
					read.merge(importRows(rows.kind(), "imported"), (double) rows.rowsImported(), Double::sum);
				}
			}
		}
		for (OperationsMapper.ImportRows rows : this.mapper.lastImportRows()) {
			boolean imported = FileStatus.IMPORTED.name().equals(rows.status());
			read.put(lastRows(rows.kind(), "read"), (double) rows.rowsRead());
			read.put(lastRows(rows.kind(), "imported"), imported ? (double) rows.rowsImported() : 0);
			read.put(lastRows(rows.kind(), "rejected"), (double) rows.rowsRejected());
		}
		for (OperationsMapper.CycleCount count : this.mapper.outcomes()) {
			read.put(Meter.gauge("dingkao.physicians", null, "cycle", count.cycleYear().code(), "outcome",
					Outcome.ofStored(Integer.parseInt(count.label().trim())).name()), (double) count.count());
		}
		for (OperationsMapper.CycleCount count : this.mapper.deliveries()) {
			read.put(Meter.counter("dingkao.feed.deliveries", null, "cycle", count.cycleYear().code(), "mode", count.label()),
					(double) count.count());
		}
		for (OperationsMapper.CycleCount count : this.mapper.deliveredRows()) {
			read.put(Meter.counter("dingkao.feed.rows", null, "cycle", count.cycleYear().code(), "mode", count.label()),
					(double) count.count());
		}
		for (OperationsMapper.Delivery last : this.mapper.lastDeliveries()) {
			read.put(Meter.gauge("dingkao.feed.last.rows", null, "cycle", last.cycleYear().code()), (double) last.rowCount());
			read.put(Meter.seconds("dingkao.feed.last.delivery.timestamp", null, "cycle", last.cycleYear().code()),
					epochSeconds(last.generatedAt(), ZoneId.of("Asia/Shanghai")));
		}
		for (OperationsMapper.CycleCount count : this.mapper.unansweredDeliveries()) {
			read.put(Meter.gauge("dingkao.feed.unanswered", null, "cycle", count.cycleYear().code()), (double) count.count());
		}
		for (OperationsMapper.CycleCount count : this.mapper.registryAnswers()) {
			read.put(Meter.gauge("dingkao.registry.physicians", null, "cycle", count.cycleYear().code(), "status",
					count.label()), (double) count.count());
		}
		LocalDateTime oldestQueued = null;
		for (OperationsMapper.MessageCount count : this.mapper.messages()) {
			read.put(Meter.gauge("dingkao.messages", null, "purpose", count.purpose(), "status", count.status()),
					(double) count.messages());
			if (MessageStatus.QUEUED.name().equals(count.status()) && count.oldest() != null
					&& (oldestQueued == null || count.oldest().isBefore(oldestQueued))) {
				oldestQueued = count.oldest();
			}
		}
		read.put(Meter.seconds("dingkao.messages.oldest.queued.age", null), oldestQueued == null ? 0
				: Math.max(0, System.currentTimeMillis() / 1000.0 - epochSeconds(oldestQueued, ZoneId.of("Asia/Shanghai"))));
		for (OperationsMapper.JobExecutionRow job : this.mapper.lastJobExecutions()) {
			boolean running = "STARTING".equals(job.status()) || "STARTED".equals(job.status());
			read.put(Meter.gauge("dingkao.batch.job.last.failed", null, "job", job.jobName()),
					running || "COMPLETED".equals(job.status()) ? 0.0 : 1.0);
			if (job.endTime() != null) {
				read.put(Meter.seconds("dingkao.batch.job.last.end.timestamp", null, "job", job.jobName()),
						epochSeconds(job.endTime(), ZoneId.systemDefault()));
			}
		}
		for (OperationsMapper.StepFailures failures : this.mapper
			.stepFailures(LocalDateTime.now().minus(STEP_FAILURES_WINDOW))) {
			read.merge(Meter.gauge("dingkao.batch.step.failures.recent", "Step runs that failed in the last 24 hours",
					"job", failures.jobName(), "step", failures.stepName()), (double) failures.failures(),
					Double::sum);
		}
		for (NightlyWatch.Night night : this.nightly.state().nights()) {
			String cycle = night.cycle().code();
			read.put(Meter.gauge("dingkao.nightly.scheduled", null, "cycle", cycle), night.due() ? 1.0 : 0.0);
			read.put(Meter.gauge("dingkao.nightly.missing", null, "cycle", cycle), night.missing() ? 1.0 : 0.0);
			if (night.lastSuccess() != null) {
				read.put(Meter.seconds("dingkao.nightly.last.success.timestamp", null, "cycle", cycle),
						epochSeconds(night.lastSuccess(), ZoneId.systemDefault()));
			}
		}
		return read;
	}

	private static Meter importRows(String kind, String state) {
		return Meter.counter("dingkao.import.rows", null, "kind", kind, "state", state);
	}

	private static Meter lastRows(String kind, String state) {
		return Meter.gauge("dingkao.import.last.rows", null, "kind", kind, "state", state);
	}

	/** Timestamps written by the application's clock are Beijing time; the job repository's, the system's zone. */
	private static double epochSeconds(LocalDateTime time, ZoneId zone) {
		return time.atZone(zone).toInstant().toEpochMilli() / 1000.0;
	}

	private void register(Meter meter) {
		if (!this.registered.add(meter)) {
			return;
		}
		ToDoubleFunction<OperationsMetrics> reading = metrics -> metrics.value(meter);
		switch (meter.type()) {
			case COUNTER -> FunctionCounter.builder(meter.name(), this, reading)
				.description(meter.description())
				.tags(meter.tags())
				.register(this.registry);
			case GAUGE -> Gauge.builder(meter.name(), this, reading)
				.description(meter.description())
				.tags(meter.tags())
				.strongReference(true)
				.register(this.registry);
			case SECONDS -> Gauge.builder(meter.name(), this, reading)
				.description(meter.description())
				.tags(meter.tags())
				.baseUnit("seconds")
				.strongReference(true)
				.register(this.registry);
		}
	}

	enum Type {

		COUNTER, GAUGE, SECONDS

	}

	/**
	 * One meter: its name, type and tags identify it (the description rides along, written once when it is
	 * registered).
	 */
	record Meter(String name, Type type, Tags tags, String description) {

		static Meter counter(String name, String description, String... tags) {
			return new Meter(name, Type.COUNTER, Tags.of(tags), description);
		}

		static Meter gauge(String name, String description, String... tags) {
			return new Meter(name, Type.GAUGE, Tags.of(tags), description);
		}

		static Meter seconds(String name, String description, String... tags) {
			return new Meter(name, Type.SECONDS, Tags.of(tags), description);
		}

		/** A figure the database does not hold: a count of nothing is 0, a time never reached is unknown. */
		double whenAbsent() {
			return this.type == Type.SECONDS ? Double.NaN : 0.0;
		}

		@Override
		public boolean equals(Object other) {
			return other instanceof Meter meter && meter.name.equals(this.name) && meter.type == this.type
					&& meter.tags.equals(this.tags);
		}

		@Override
		public int hashCode() {
			return this.name.hashCode() * 31 + this.tags.hashCode();
		}

	}

}
