package cn.dingkao.batch;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * At start-up, marks FAILED the runs a killed process left marked running, so that job history (the office
 * pages) shows them as failed rather than running forever. It takes the run lease like any start, so a run
 * alive on another node is left alone; the next start of such a night continues it anyway ({@link JobRunner}).
 */
@Component
class AbandonedRunRecovery {

	private static final Logger log = LoggerFactory.getLogger(AbandonedRunRecovery.class);

	private final JobRunner runner;

	AbandonedRunRecovery(JobRunner runner) {
		this.runner = runner;
	}

	@EventListener(ApplicationReadyEvent.class)
	void recover() {
		try {
			int recovered = this.runner.recoverAbandonedRuns();
			if (recovered > 0) {
				log.warn("{} run(s) left running by a process that ended were marked failed", recovered);
			}
		}
		catch (RuntimeException ex) {
			log.warn("Could not check for runs left running by a process that ended: {}", ex.getMessage());
		}
	}

}
