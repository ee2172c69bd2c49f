package cn.dingkao.receipt;

import java.util.HashMap;
import java.util.Map;

import cn.dingkao.ruling.ReceiptStatus;

/**
 * What a receipt says of each row of its delivery, by the row's index in {@link DeliveredRows}: the status, the
 * receipt line it came from, and the reason where one was given (kept only for those, as most rows are accepted
 * without one).
 */
final class ReceiptAnswers {

	private final ReceiptStatus[] statuses;

	private final int[] lines;

	private final Map<Integer, Reason> reasons = new HashMap<>();

	private long rejected;

	ReceiptAnswers(int rows) {
		this.statuses = new ReceiptStatus[rows];
		this.lines = new int[rows];
	}

	/** Records the answer for a row; false when the row was answered already (a repeated cert_no). */
	boolean answer(int index, int line, ReceiptStatus status, String reasonCode, String reason) {
		if (this.statuses[index] != null) {
			return false;
		}
		this.statuses[index] = status;
		this.lines[index] = line;
		if (!reasonCode.isEmpty() || !reason.isEmpty()) {
			this.reasons.put(index, new Reason(reasonCode, reason));
		}
		if (status == ReceiptStatus.REJECTED) {
			this.rejected++;
		}
		return true;
	}

	int rows() {
		return this.statuses.length;
	}

	/** The row's status, or null when the receipt has no line for it. */
	ReceiptStatus status(int index) {
		return this.statuses[index];
	}

	/** The receipt line that answered the row (the header is line 1). */
	int line(int index) {
		return this.lines[index];
	}

	Reason reason(int index) {
		return this.reasons.getOrDefault(index, Reason.NONE);
	}

	long rejected() {
		return this.rejected;
	}

	long accepted() {
		return this.statuses.length - this.rejected;
	}

	/** The registry's reason: its code and text (either may be empty). */
	record Reason(String code, String text) {

		static final Reason NONE = new Reason("", "");

	}

}
