package cn.dingkao.schedule;

import cn.dingkao.batch.RunParameters;
import cn.dingkao.feed.FeedWindow;

import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.flow.FlowExecutionStatus;
import org.springframework.batch.core.job.flow.JobExecutionDecider;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.stereotype.Component;

/**
 * The nightly run delivers the feed only after CLOSE (spec: "after CLOSE" = a calendar day later than the
 * CLOSE date): before that the data may still change, and a delivered feed cannot be taken back. On earlier
 * nights the feed step is left out rather than failed.
 */
@Component
class FeedDayDecider implements JobExecutionDecider {

	static final String FEED = "FEED";

	static final String NOT_YET = "NOT_YET";

	private final FeedWindow feedWindow;

	FeedDayDecider(FeedWindow feedWindow) {
		this.feedWindow = feedWindow;
	}

	@Override
	public FlowExecutionStatus decide(JobExecution jobExecution, StepExecution stepExecution) {
		var parameters = jobExecution.getJobParameters();
		boolean open = this.feedWindow.isOpen(RunParameters.cycle(parameters), RunParameters.businessDate(parameters));
		return new FlowExecutionStatus(open ? FEED : NOT_YET);
	}

}
