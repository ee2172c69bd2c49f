package cn.dingkao.message;

import java.time.LocalDateTime;

/** A row of outbox_message. */
public record StoredMessage(long id, String purpose, String phone, String accountRef, String districtCode, String text,
		String params, String dedupKey, String status, int attempts, LocalDateTime queuedAt, LocalDateTime nextAttemptAt,
		LocalDateTime expiresAt, LocalDateTime sentAt, String gateway, String providerId, String errorCode,
		String errorMessage, LocalDateTime updatedAt) {

	public MessagePurpose purposeValue() {
		return MessagePurpose.of(this.purpose);
	}

	public MessageStatus statusValue() {
		return MessageStatus.of(this.status);
	}

	public String maskedPhone() {
		return PhoneNumbers.mask(this.phone);
	}

}
