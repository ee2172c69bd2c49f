package cn.dingkao.message;

import java.time.LocalDateTime;

import cn.dingkao.summary.CertMask;

/**
 * A message as the offices' list shows it: who it is for (a physician or an institution, by name), the phone and a
 * physician's certificate number masked, the status and a failure's reason. A verification code's text is never
 * shown, only the purpose.
 */
public record ListedMessage(long id, String purpose, String phone, String accountRef, String holderName,
		boolean institution, String text, String status, int attempts, LocalDateTime queuedAt, LocalDateTime sentAt,
		String errorCode, String errorMessage) {

	public String purposeLabel() {
		MessagePurpose value = MessagePurpose.of(this.purpose);
		return value == null ? this.purpose : value.label();
	}

	public String statusLabel() {
		MessageStatus value = MessageStatus.of(this.status);
		return value == null ? this.status : value.label();
	}

	public boolean failed() {
		return MessageStatus.FAILED.name().equals(this.status);
	}

	public String maskedPhone() {
		return PhoneNumbers.mask(this.phone);
	}

	/** An institution's code as it is (not personal data); a physician's certificate number masked. */
	public String maskedAccount() {
		if (this.accountRef == null || this.institution) {
			return this.accountRef == null ? "" : this.accountRef;
		}
		return CertMask.mask(this.accountRef);
	}

	/** The text, except a verification code's (which holds the code until it is sent). */
	public String shownText() {
		return MessagePurpose.VERIFICATION_CODE.name().equals(this.purpose) ? "" : this.text;
	}

	public String hint() {
		return ProviderErrors.hint(this.errorCode);
	}

}
