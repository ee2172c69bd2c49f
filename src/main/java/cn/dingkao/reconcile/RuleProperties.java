package cn.dingkao.reconcile;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the ruling ({@code dingkao.rule.*}): how many district partitions run at once, and how many
 * physicians are read per page and committed per chunk.
 */
@ConfigurationProperties("dingkao.rule")
public record RuleProperties(@DefaultValue("2") int threads, @DefaultValue("500") int chunkSize) {
}
