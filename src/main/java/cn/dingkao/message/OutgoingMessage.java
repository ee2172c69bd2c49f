package cn.dingkao.message;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A text message to queue. {@code text} is the whole message as a phone shows it (the {@code log} gateway writes
 * it, the offices see it until it is settled); {@code params} are the variables of the provider's approved
 * template for the purpose (Chinese providers send templates, not free text: a verification code's template takes
 * {@code code}). {@code dedupKey}: a second message with the same key is not queued (e.g.
 * {@code REMINDER:2026:<cert_no>:<step>:<yyyy-MM-dd>}); null for none. {@code accountRef}: the account it is for
 * (cert_no or org_code), which decides which district office sees it.
 */
public record OutgoingMessage(MessagePurpose purpose, String phone, String accountRef, String text, String dedupKey,
		Map<String, String> params) {

	public OutgoingMessage {
		if (purpose == null) {
			throw new IllegalArgumentException("a message needs a purpose");
		}
		if (!PhoneNumbers.isValid(phone)) {
			throw new IllegalArgumentException("not a mainland mobile number: " + PhoneNumbers.mask(phone));
		}
		if (text == null || text.isBlank() || text.length() > 500) {
			throw new IllegalArgumentException("a message's text is 1–500 characters");
		}
		if (dedupKey != null && dedupKey.length() > 200) {
			throw new IllegalArgumentException("a dedup key is at most 200 characters");
		}
		params = params == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(params));
	}

	/** A message without template variables (the aliyun gateway then sends the text as variable {@code content}). */
	public OutgoingMessage(MessagePurpose purpose, String phone, String accountRef, String text, String dedupKey) {
		this(purpose, phone, accountRef, text, dedupKey, Map.of());
	}

}
