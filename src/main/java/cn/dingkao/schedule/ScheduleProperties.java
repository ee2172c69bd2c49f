package cn.dingkao.schedule;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code dingkao.schedule.cron}: when the nightly run fires (Quartz cron, Beijing time; default 01:30 every day).
 * Which cycles a firing runs is not configured here: each cycle's own timeline says (its nightly days, from
 * VERIFICATION to the end of the month of CLOSE), so a cycle added to {@code cycle_phase} is scheduled with no
 * setting changed.
 */
@ConfigurationProperties("dingkao.schedule")
record ScheduleProperties(@DefaultValue("0 30 1 * * ?") String cron) {
}
