package cn.dingkao.operations;

import java.util.LinkedHashMap;
import java.util.Map;

import cn.dingkao.batch.FailureReason;

import org.springframework.boot.health.contributor.AbstractHealthIndicator;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.Status;
import org.springframework.stereotype.Component;

/**
 * Health component {@code nightly}: DOWN when the latest nightly run failed, or when a night the calendar schedules
 * today has not completed by the due time (06:00); UP otherwise, with each cycle's night and the latest run as
 * details. It is part of {@code /actuator/health} for the monitor, not of the readiness group a load balancer asks:
 * a failed night does not stop the web from serving.
 */
@Component("nightly")
class NightlyHealthIndicator extends AbstractHealthIndicator {

	private static final String UNREADABLE = "夜间作业状态无法读取 (the nightly runs cannot be read)";

	private final NightlyWatch watch;

	NightlyHealthIndicator(NightlyWatch watch) {
		super(UNREADABLE);
		this.watch = watch;
	}

	@Override
	protected void doHealthCheck(Health.Builder builder) {
		NightlyWatch.State state;
		try {
			state = this.watch.state();
		}
		catch (RuntimeException ex) {
			// the cause in a line (the database health says the rest), not a mapper's multi-line message
			builder.down().withDetail("error", UNREADABLE + ": " + FailureReason.telling(ex));
			return;
		}
		builder.status(state.latestFailed() || state.anyMissing() ? Status.DOWN : Status.UP);
		builder.withDetail("today", state.today().toString());
		builder.withDetail("due", state.due().toString());
		Map<String, Object> nights = new LinkedHashMap<>();
		for (NightlyWatch.Night night : state.nights()) {
			if (night.due() || night.lastSuccess() != null) {
				nights.put(night.cycle().code(), Map.of("scheduledToday", night.due(), "completedToday", night.completed(),
						"missing", night.missing(), "lastSuccess", night.lastSuccess() == null ? "" : night.lastSuccess().toString()));
			}
		}
		builder.withDetail("cycles", nights);
		if (state.latest() != null) {
			Map<String, Object> latest = new LinkedHashMap<>();
			latest.put("execution", state.latest().executionId());
			latest.put("cycle", String.valueOf(state.latest().cycle()));
			latest.put("date", String.valueOf(state.latest().businessDate()));
			latest.put("status", state.latest().status());
			if (state.latestFailed() && state.latest().exitMessage() != null) {
				latest.put("reason", state.latest().exitMessage());
			}
			builder.withDetail("latest", latest);
		}
	}

}
