package cn.dingkao.web.office;

import cn.dingkao.ruling.Cycle;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;

import cn.dingkao.web.PhaseGuard;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.dao.DataAccessException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Keeps the progress dashboard's counts (table progress_count) in step with the data, so that every office page
 * reads a few dozen rows at any scale:
 * <ul>
 * <li>a district's rows are recomputed set-based (one statement over its physicians) when a batch run has finished
 * since they were computed — checked on every dashboard request and every {@code poll} in the background;</li>
 * <li>a web change (application, approval, return, rating) marks the physician's main org stale, and the next
 * dashboard request recomputes just those rows before it reads.</li>
 * </ul>
 * Recomputing runs on one background thread; a request waits for it at most {@code max-wait} and otherwise shows the
 * counts it has with their time, saying that they are being updated.
 */
@Service
@EnableConfigurationProperties(ProgressProperties.class)
public class ProgressCounts implements DisposableBean {

	private static final Logger log = LoggerFactory.getLogger(ProgressCounts.class);

	/** How many stale institutions one request recomputes itself (the rest follow on later requests). */
	private static final int STALE_PER_REQUEST = 200;

	private final ProgressMapper mapper;

	private final PhaseGuard phases;

	private final Clock clock;

	private final TransactionTemplate transaction;

	private final ProgressProperties properties;

	private final ExecutorService refresher = Executors.newSingleThreadExecutor(runnable -> {
		Thread thread = new Thread(runnable, "progress-refresh");
		thread.setDaemon(true);
		return thread;
	});

	private final ScheduledExecutorService poller = Executors.newSingleThreadScheduledExecutor(runnable -> {
		Thread thread = new Thread(runnable, "progress-poll");
		thread.setDaemon(true);
		return thread;
	});

	private final AtomicBoolean polling = new AtomicBoolean();

	/** District refreshes queued or running, so a district is never queued twice. */
	private final Map<String, CompletableFuture<Void>> pending = new ConcurrentHashMap<>();

	ProgressCounts(ProgressMapper mapper, PhaseGuard phases, Clock clock, PlatformTransactionManager transactionManager,
			ProgressProperties properties) {
		this.mapper = mapper;
		this.phases = phases;
		this.clock = clock;
		this.transaction = new TransactionTemplate(transactionManager);
		this.properties = properties;
	}

	/**
	 * For {@code serve}: brings every district's counts up to date in the background now, so the first dashboard
	 * finds them built, and keeps checking for finished batch runs.
	 */
	public void keepUpToDate() {
		startPolling();
		this.poller.execute(this::refreshOutdated);
	}

	/** The background check starts with the first dashboard request: a command-line run never needs it. */
	private void startPolling() {
		if (!this.properties.poll().isZero() && this.polling.compareAndSet(false, true)) {
			long every = this.properties.poll().toMillis();
			this.poller.scheduleWithFixedDelay(this::refreshOutdated, every, every, TimeUnit.MILLISECONDS);
		}
	}

	/** What the dashboard shows beside the counts: when they were computed, and whether newer ones are coming. */
	public record Freshness(LocalDateTime computedAt, boolean updating) {
	}

	/**
	 * Brings the counts of the office's scope up to date as far as the request can wait.
	 *
	 * @param scope a district, or null for the city (every district)
	 */
	Freshness ensureFresh(String scope) {
		startPolling();
		Cycle cycle = this.phases.cycle();
		List<String> districts = scope == null ? this.mapper.districtCodes() : List.of(scope);
		long runs = this.mapper.runsFinished();
		Map<String, ProgressMapper.RefreshState> states = states(cycle);
		List<CompletableFuture<Void>> refreshing = new ArrayList<>();
		for (String district : districts) {
			ProgressMapper.RefreshState state = states.get(district);
			if (state == null || state.runsFinished() != runs) {
				refreshing.add(refreshLater(cycle, district));
			}
		}
		boolean updating = false;
		if (!refreshing.isEmpty()) {
			try {
				CompletableFuture.allOf(refreshing.toArray(CompletableFuture[]::new))
					.get(this.properties.maxWait().toMillis(), TimeUnit.MILLISECONDS);
			}
			catch (TimeoutException ex) {
				updating = true;
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				updating = true;
			}
			catch (java.util.concurrent.ExecutionException ex) {
				log.warn("Progress counts could not be recomputed", ex.getCause());
			}
		}
		refreshStale(cycle, scope);
		LocalDateTime oldest = null;
		for (ProgressMapper.RefreshState state : states(cycle).values()) {
			if (districts.contains(state.districtCode())
					&& (oldest == null || state.refreshedAt().isBefore(oldest))) {
				oldest = state.refreshedAt();
			}
		}
		return new Freshness(oldest, updating);
	}

	/** The physicians' applications or approvals changed on the web: their main orgs' counts are stale. */
	public void touch(List<String> certNos) {
		if (!certNos.isEmpty()) {
			this.mapper.markStaleByPhysicians(this.phases.cycle(), certNos);
		}
	}

	/** A site rated its physicians: each of their main orgs' "rated at every site" is stale. */
	public void touchSite(String orgCode) {
		this.mapper.markStaleBySite(this.phases.cycle(), orgCode);
	}

	private void refreshStale(Cycle cycle, String scope) {
		List<String> stale = this.mapper.staleOrgs(cycle, scope, STALE_PER_REQUEST);
		if (stale.isEmpty()) {
			return;
		}
		LocalDateTime now = LocalDateTime.now(this.clock);
		this.transaction.executeWithoutResult(status -> this.mapper.refreshOrgs(cycle, stale, now));
	}

	private Map<String, ProgressMapper.RefreshState> states(Cycle cycle) {
		Map<String, ProgressMapper.RefreshState> states = new HashMap<>();
		for (ProgressMapper.RefreshState state : this.mapper.refreshStates(cycle)) {
			states.put(state.districtCode(), state);
		}
		return states;
	}

	private CompletableFuture<Void> refreshLater(Cycle cycle, String district) {
		String key = cycle + "/" + district;
		CompletableFuture<Void> mine = new CompletableFuture<>();
		CompletableFuture<Void> queued = this.pending.putIfAbsent(key, mine);
		if (queued != null) {
			return queued;
		}
		try {
			this.refresher.execute(() -> {
				try {
					refreshDistrict(cycle, district);
					this.pending.remove(key, mine);
					mine.complete(null);
				}
				catch (RuntimeException ex) {
					this.pending.remove(key, mine);
					mine.completeExceptionally(ex);
				}
			});
		}
		catch (java.util.concurrent.RejectedExecutionException ex) {
			this.pending.remove(key, mine);
			mine.completeExceptionally(ex);
		}
		return mine;
	}

	/** Recomputes one district in one transaction: readers see the old rows until it commits. */
	void refreshDistrict(Cycle cycle, String district) {
		long runs = this.mapper.runsFinished();
		LocalDateTime now = LocalDateTime.now(this.clock);
		long started = System.nanoTime();
		try {
			Integer institutions = this.transaction.execute(status -> {
				this.mapper.deleteDistrict(cycle, district);
				int rows = this.mapper.insertDistrict(cycle, district, now);
				this.mapper.deleteRefreshState(cycle, district);
				this.mapper.insertRefreshState(cycle, district, runs, now);
				return rows;
			});
			log.info("Progress counts of district {} recomputed: {} institutions in {} ms", district, institutions,
					Duration.ofNanos(System.nanoTime() - started).toMillis());
		}
		catch (DataAccessException ex) {
			// another node (or request) recomputed the same district at the same moment: its rows stand
			log.info("Progress counts of district {} not recomputed here ({})", district, ex.getMostSpecificCause().getMessage());
		}
	}

	/** In the background: districts whose counts are older than the last finished batch run. */
	private void refreshOutdated() {
		try {
			Cycle cycle = this.phases.cycle();
			long runs = this.mapper.runsFinished();
			Map<String, ProgressMapper.RefreshState> states = states(cycle);
			for (String district : Set.copyOf(this.mapper.districtCodes())) {
				ProgressMapper.RefreshState state = states.get(district);
				if (state == null || state.runsFinished() != runs) {
					refreshLater(cycle, district);
				}
			}
		}
		catch (RuntimeException ex) {
			log.warn("Progress counts: background check failed", ex);
		}
	}

	@Override
	public void destroy() {
		this.poller.shutdownNow();
		this.refresher.shutdownNow();
	}

}
