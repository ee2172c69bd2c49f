package cn.dingkao.predict;

import java.time.LocalDate;
import java.util.List;

import cn.dingkao.message.Outbox;
import cn.dingkao.ruling.Cycle;
import cn.dingkao.system.CycleCalendars;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;

/**
 * Queues the day's reminders and digests in the outbox (spec "Seeing it coming": 提醒), after the day's
 * predictions are stored: the physicians a page of 500 per transaction, in cert_no order, the last one done kept in
 * the step's context; then the institutions' digests. The outbox keeps a dedup key once (at most one per physician,
 * step and day; one digest per institution and day), so a restart or a rerun queues nothing twice; the sender
 * delivers them between 08:00 and 20:00. Only a run standing on today reminds anyone: a prediction run for a past
 * day would send stale news.
 */
class RemindTasklet implements Tasklet {

	static final int PAGE = 500;

	private static final String AFTER = "remind.after";

	private static final String PHYSICIANS_DONE = "remind.physiciansDone";

	private static final Logger log = LoggerFactory.getLogger(RemindTasklet.class);

	private final Reminders reminders;

	private final Outbox outbox;

	private final CycleCalendars calendars;

	private final Cycle cycle;

	private final LocalDate day;

	RemindTasklet(Reminders reminders, Outbox outbox, CycleCalendars calendars, Cycle cycle, LocalDate day) {
		this.reminders = reminders;
		this.outbox = outbox;
		this.calendars = calendars;
		this.cycle = cycle;
		this.day = day;
	}

	@Override
	public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) {
		if (!this.reminders.settings().enabled() || !this.day.equals(this.calendars.today())
				|| !this.calendars.of(this.cycle).predictionOn(this.day)) {
			log.info("No reminders for cycle {} on {} (enabled {}, today {})", this.cycle, this.day,
					this.reminders.settings().enabled(), this.calendars.today());
			return RepeatStatus.FINISHED;
		}
		ExecutionContext context = contribution.getStepExecution().getExecutionContext();
		if (!context.containsKey(PHYSICIANS_DONE)) {
			List<Reminder> page = this.reminders.due(this.cycle, this.day, null, context.getString(AFTER, ""), PAGE);
			for (Reminder reminder : page) {
				contribution.incrementReadCount();
				if (reminder.sendable() && this.outbox.enqueue(reminder.message())) {
					contribution.incrementWriteCount(1);
				}
			}
			if (!page.isEmpty()) {
				context.putString(AFTER, page.get(page.size() - 1).certNo());
			}
			if (page.size() < PAGE) {
				context.putString(PHYSICIANS_DONE, "Y");
			}
			return RepeatStatus.CONTINUABLE;
		}
		for (Digest digest : this.reminders.digests(this.cycle, this.day, null)) {
			contribution.incrementReadCount();
			if (digest.sendable() && this.outbox.enqueue(digest.message())) {
				contribution.incrementWriteCount(1);
			}
		}
		return RepeatStatus.FINISHED;
	}

}
