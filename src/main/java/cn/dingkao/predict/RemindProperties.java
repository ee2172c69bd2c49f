package cn.dingkao.predict;

import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Reminders (提醒, spec "Seeing it coming"; {@code dingkao.remind.*}): whether the morning's prediction queues them,
 * how many days before a deadline a physician whose next step is their own is reminded (default 7 and 2), and the
 * address of the web application that the institutions' daily digest links to.
 */
@ConfigurationProperties("dingkao.remind")
public record RemindProperties(@DefaultValue("true") boolean enabled, @DefaultValue({ "7", "2" }) List<Integer> daysBefore,
		@DefaultValue("http://localhost:8080") String baseUrl) {

	public RemindProperties {
		daysBefore = daysBefore == null ? List.of() : daysBefore.stream().filter(d -> d != null && d >= 0).distinct().sorted().toList();
		baseUrl = baseUrl == null ? "" : baseUrl.replaceAll("/+$", "");
	}

}
