package cn.dingkao.operations;

import java.time.Duration;
import java.time.LocalTime;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code dingkao.operations.*}: when a night counts as missing ({@code nightly-due}, Beijing time, default 06:00:
 * the nightly fires at 01:30 and offices start work at 08:00), and how old the figures the metrics read from the
 * database may be ({@code metrics-refresh}, default 15 s; a Prometheus scrape every 30–60 s sees fresh ones).
 */
@ConfigurationProperties("dingkao.operations")
record OperationsProperties(@DefaultValue("06:00") LocalTime nightlyDue, @DefaultValue("15s") Duration metricsRefresh) {
}
