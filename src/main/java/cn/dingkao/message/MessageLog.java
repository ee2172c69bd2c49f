package cn.dingkao.message;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Service;

/**
 * The outbox as the offices read it (and metrics count it): newest first, scoped to a district (null = every
 * district), one page at a time by id.
 */
@Service
public class MessageLog {

	private final OutboxMapper mapper;

	private final Clock clock;

	MessageLog(OutboxMapper mapper, Clock clock) {
		this.mapper = mapper;
		this.clock = clock;
	}

	/** Messages older than {@code before} (null = from the newest), of one status or all (null). */
	public List<ListedMessage> recent(String district, MessageStatus status, Long before, int limit) {
		return this.mapper.recent(district, status == null ? null : status.name(), before, limit);
	}

	/** How many messages of each status were queued in the last 24 hours. */
	public Map<MessageStatus, Long> lastDay(String district) {
		Map<MessageStatus, Long> counts = new EnumMap<>(MessageStatus.class);
		for (MessageStatus status : MessageStatus.values()) {
			counts.put(status, 0L);
		}
		for (OutboxMapper.StatusCount count : this.mapper.countByStatus(district, LocalDateTime.now(this.clock).minusDays(1))) {
			MessageStatus status = MessageStatus.of(count.status());
			if (status != null) {
				counts.put(status, count.count());
			}
		}
		return counts;
	}

}
