package cn.dingkao.reconcile;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the ruling ({@code dingkao.rule.*}): how many district partitions run at once, how many
 * physicians are read per page and committed per chunk, and whether a run after a finished one rules only the
 * physicians whose records changed ({@code changed-only}, issue 26: {@link RulingScope}; false rules everyone
 * every time).
 */
@ConfigurationProperties("dingkao.rule")
public record RuleProperties(@DefaultValue("2") int threads, @DefaultValue("500") int chunkSize,
		@DefaultValue("true") boolean changedOnly) {
}
