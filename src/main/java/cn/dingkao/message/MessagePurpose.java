package cn.dingkao.message;

import java.time.Duration;
import java.time.LocalDateTime;
import java.time.LocalTime;

/**
 * Why a text message is sent. Reminders and digests are delivered only in the day, 08:00–20:00 Beijing time
 * (spec "Seeing it coming": never outside 08:00–20:00 Asia/Shanghai); a verification code goes at once, whenever it
 * is asked for. A message not delivered within its validity is not delivered at all: a code is worth nothing after
 * its 5 minutes, a reminder is stale the next day.
 */
public enum MessagePurpose {

	VERIFICATION_CODE("验证码", false, Duration.ofMinutes(5)),

	REMINDER("提醒", true, Duration.ofHours(24)),

	DIGEST("每日汇总", true, Duration.ofHours(24));

	/** The day's delivery window of messages with quiet hours: from 08:00 (included) to 20:00 (excluded). */
	public static final LocalTime DAY_STARTS = LocalTime.of(8, 0);

	public static final LocalTime DAY_ENDS = LocalTime.of(20, 0);

	private final String label;

	private final boolean quietHours;

	private final Duration validity;

	MessagePurpose(String label, boolean quietHours, Duration validity) {
		this.label = label;
		this.quietHours = quietHours;
		this.validity = validity;
	}

	public String label() {
		return this.label;
	}

	/** Whether the message waits for 08:00–20:00 Asia/Shanghai. */
	public boolean quietHours() {
		return this.quietHours;
	}

	/** How long after it was queued the message may still be delivered. */
	public Duration validity() {
		return this.validity;
	}

	/** The first moment at or after {@code now} (Beijing local time) when this message may be delivered. */
	public LocalDateTime deliverableFrom(LocalDateTime now) {
		if (!this.quietHours) {
			return now;
		}
		LocalTime time = now.toLocalTime();
		if (time.isBefore(DAY_STARTS)) {
			return now.toLocalDate().atTime(DAY_STARTS);
		}
		if (!time.isBefore(DAY_ENDS)) {
			return now.toLocalDate().plusDays(1).atTime(DAY_STARTS);
		}
		return now;
	}

	public static MessagePurpose of(String name) {
		for (MessagePurpose purpose : values()) {
			if (purpose.name().equals(name)) {
				return purpose;
			}
		}
		return null;
	}

}
