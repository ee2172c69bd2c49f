package cn.dingkao.message;

/**
 * Where a message of the outbox stands. SENDING covers both "being sent now" and "sent, but the provider's answer
 * never came" (a time-out, a crash between the answer and our commit): such a message is settled by asking the
 * provider, never by sending it again blindly.
 */
public enum MessageStatus {

	QUEUED("待发送"), SENDING("发送中"), SENT("已发送"), FAILED("发送失败");

	private final String label;

	MessageStatus(String label) {
		this.label = label;
	}

	public String label() {
		return this.label;
	}

	public static MessageStatus of(String name) {
		for (MessageStatus status : values()) {
			if (status.name().equals(name)) {
				return status;
			}
		}
		return null;
	}

}
