package cn.dingkao.message;

import java.time.LocalDateTime;

/** A row of outbox_message. */
public record StoredMessage(long id, MessagePurpose purpose, String phone, String accountRef, String districtCode, String text,
		String params, String dedupKey, MessageStatus status, int attempts, LocalDateTime queuedAt, LocalDateTime nextAttemptAt,
		LocalDateTime expiresAt, LocalDateTime sentAt, String gateway, String providerId, String errorCode,
		String errorMessage, LocalDateTime updatedAt) {

	public String maskedPhone() {
		return PhoneNumbers.mask(this.phone);
	}

}
