package cn.dingkao.ruling;

import java.util.Locale;
import java.util.Optional;

/**
 * The registration system's answer to one delivered row (spec "The registry's receipt"): the row went into the
 * registry (已入库) or it did not (未入库, with the registry's reason).
 */
public enum ReceiptStatus {

	ACCEPTED("已入库"), REJECTED("未入库");

	private final String label;

	ReceiptStatus(String label) {
		this.label = label;
	}

	public String label() {
		return label;
	}

	/** A stored code, exactly ACCEPTED or REJECTED. */
	public static Optional<ReceiptStatus> fromCode(String code) {
		return Codes.byName(ReceiptStatus.class, code);
	}

	/** The status a receipt's {@code status} field names (trimmed, any case); empty for anything else. */
	public static Optional<ReceiptStatus> parse(String value) {
		return value == null ? Optional.empty() : fromCode(value.trim().toUpperCase(Locale.ROOT));
	}

}
