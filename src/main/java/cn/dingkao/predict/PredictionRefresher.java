package cn.dingkao.predict;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import cn.dingkao.reconcile.CaseReads;
import cn.dingkao.reconcile.ReferenceData;
import cn.dingkao.ruling.CycleCalendar;
import cn.dingkao.ruling.PhysicianCase;
import cn.dingkao.ruling.Predictor;
import cn.dingkao.system.CycleCalendars;
import cn.dingkao.system.LoadData;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Keeps the stored predictions in step with changes made on the web between two mornings (issue 23): a physician
 * who submitted, was approved, returned, rated, confirmed or hidden is predicted again as soon as the change
 * commits, so the institution's list shows the next step that is really next. A handful of physicians are done in
 * the request, after its commit; a whole site's list (all pass, confirm) in the background. A failure here never
 * undoes the change: it is logged, and the next morning's run puts the row right.
 */
@Component
public class PredictionRefresher implements DisposableBean {

	/** Up to this many physicians are predicted again before the page that follows the change is shown. */
	static final int IN_REQUEST = 50;

	private static final Logger log = LoggerFactory.getLogger(PredictionRefresher.class);

	private final CaseReads cases;

	private final ReferenceData referenceData;

	private final CycleCalendars calendars;

	private final JdbcTemplate jdbc;

	private final LoadData loadData;

	private final Clock clock;

	private final TransactionTemplate newTransaction;

	private final ExecutorService background = Executors.newSingleThreadExecutor(runnable -> {
		Thread thread = new Thread(runnable, "prediction-refresh");
		thread.setDaemon(true);
		return thread;
	});

	PredictionRefresher(CaseReads cases, ReferenceData referenceData, CycleCalendars calendars, JdbcTemplate jdbc,
			LoadData loadData, Clock clock, PlatformTransactionManager transactionManager) {
		this.cases = cases;
		this.referenceData = referenceData;
		this.calendars = calendars;
		this.jdbc = jdbc;
		this.loadData = loadData;
		this.clock = clock;
		// after a commit the finished transaction's connection is still bound: writes need a transaction of their own
		this.newTransaction = new TransactionTemplate(transactionManager);
		this.newTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
	}

	/** These physicians' data changed (in the current transaction, if any). */
	public void physiciansChanged(Collection<String> certNos) {
		List<String> changed = List.copyOf(certNos);
		if (changed.isEmpty()) {
			return;
		}
		afterCommit(changed.size() <= IN_REQUEST ? () -> refresh(changed)
				: () -> this.background.execute(() -> refresh(changed)));
	}

	/** A site rated or confirmed for many of its physicians at once: all of them, in the background. */
	public void siteChanged(String orgCode) {
		afterCommit(() -> this.background.execute(() -> refresh(this.jdbc
			.queryForList("SELECT cert_no FROM physician_site WHERE org_code = ? ORDER BY cert_no", String.class, orgCode))));
	}

	/** Predicts the physicians again on today's data, in the active cycle, and stores what changed. */
	void refresh(List<String> certNos) {
		try {
			this.newTransaction.executeWithoutResult(status -> predictAndStore(certNos));
		}
		catch (RuntimeException ex) {
			log.warn("Predictions of {} physicians not refreshed after a web change (the next morning's run will): {}",
					certNos.size(), ex.toString(), ex);
		}
	}

	private void predictAndStore(List<String> certNos) {
		LocalDate today = this.calendars.today();
		CycleCalendar calendar = this.calendars.activeOn(today).orElse(null);
		if (calendar == null || !calendar.predictionOn(today)) {
			return;
		}
		Predictor predictor = new Predictor(this.referenceData.engine());
		PredictionWriter writer = new PredictionWriter(this.jdbc, this.loadData, this.clock, calendar.cycle(), null,
				today);
		List<String> sorted = new ArrayList<>(certNos);
		sorted.sort(null);
		for (String certNo : sorted) {
			// one physician at a time: the writer reads the stored rows of the range its items span
			PhysicianCase physicianCase = this.cases.caseOf(calendar.cycle(), certNo).orElse(null);
			if (physicianCase != null) {
				writer.write(List.of(PredictedPhysician.of(physicianCase.physician(),
						predictor.predict(physicianCase, calendar, today))));
			}
		}
	}

	private static void afterCommit(Runnable action) {
		if (!TransactionSynchronizationManager.isSynchronizationActive()) {
			action.run();
			return;
		}
		TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {

			@Override
			public void afterCommit() {
				action.run();
			}

		});
	}

	@Override
	public void destroy() {
		this.background.shutdownNow();
	}

}
