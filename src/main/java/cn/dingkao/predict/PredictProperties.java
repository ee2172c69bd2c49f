package cn.dingkao.predict;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the daily prediction ({@code dingkao.predict.*}): partitions run at once and physicians per chunk (as
 * the ruling's), how many days before its deadline a step counts as 有风险 (spec: 7), and when the morning run
 * fires (Quartz cron, Beijing time; default 06:00, after the nightly run and before reminders may go out at 08:00).
 */
@ConfigurationProperties("dingkao.predict")
public record PredictProperties(@DefaultValue("2") int threads, @DefaultValue("500") int chunkSize,
		@DefaultValue("7") int riskDays, @DefaultValue("0 0 6 * * ?") String cron) {
}
