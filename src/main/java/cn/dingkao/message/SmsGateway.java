package cn.dingkao.message;

import java.time.LocalDateTime;
import java.util.Map;

/**
 * Delivers one text message to a provider ({@code dingkao.sms.gateway}: {@code log} or {@code aliyun}). Each call
 * is one request; the sender decides about retries. Neither method throws for what the provider or the network
 * does: the outcome says it.
 */
public interface SmsGateway {

	/** The name stored with each message it sent ({@code log}, {@code aliyun}). */
	String name();

	/** The idempotency key of the outbox's message {@code id}: the same for every attempt, before and after a crash. */
	default String key(long id) {
		return "dk-" + id;
	}

	SendOutcome send(Delivery delivery);

	/**
	 * Whether the provider accepted this message earlier (found by its idempotency key), for a message whose send
	 * had no known outcome. Only NotFound allows sending it again.
	 */
	LookupOutcome lookup(Delivery delivery);

	/**
	 * One message as the gateway sends it. {@code key} is the idempotency key, unique per message and stable
	 * across restarts (derived from the outbox id); {@code firstSentAt}: when its first send began (Beijing time),
	 * which tells a provider's record search which day to look at.
	 */
	record Delivery(long id, String key, MessagePurpose purpose, String phone, String text, Map<String, String> params,
			LocalDateTime firstSentAt) {
	}

	/** What became of a send. */
	sealed interface SendOutcome {
	}

	/** The provider took the message; {@code providerId} is its id for it (Alibaba Cloud: BizId). */
	record Accepted(String providerId) implements SendOutcome {
	}

	/**
	 * The provider refused the message with its code and message (shown to the offices); {@code retryable}: a
	 * passing condition (flow control, the provider's own error), worth a later try.
	 */
	record Refused(String code, String message, boolean retryable) implements SendOutcome {
	}

	/** No answer that says either way (time-out, connection lost after the request left): maybe sent. */
	record Unknown(String reason) implements SendOutcome {
	}

	/** What the provider's records say of an earlier send. */
	sealed interface LookupOutcome {
	}

	record Found(String providerId) implements LookupOutcome {
	}

	record NotFound() implements LookupOutcome {
	}

	record LookupFailed(String reason) implements LookupOutcome {
	}

}
