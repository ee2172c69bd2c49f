package cn.dingkao.web.office;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The progress dashboard's counts ({@code dingkao.web.progress.*}): how long a request waits for counts being
 * recomputed ({@code max-wait}) before it shows the ones it has, and how often the background checks for finished batch runs
 * ({@code 0} = never).
 */
@ConfigurationProperties("dingkao.web.progress")
record ProgressProperties(@DefaultValue("PT0.3S") Duration maxWait, @DefaultValue("PT1M") Duration poll) {
}
