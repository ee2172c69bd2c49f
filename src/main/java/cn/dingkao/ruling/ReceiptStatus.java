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

	/** The status a receipt's {@code status} field names (trimmed, any case); empty for anything else. */
	public static Optional<ReceiptStatus> parse(String value) {
		if (value == null) {
			return Optional.empty();
		}
		String code = value.trim().toUpperCase(Locale.ROOT);
		for (ReceiptStatus status : values()) {
			if (status.name().equals(code)) {
				return Optional.of(status);
			}
		}
		return Optional.empty();
	}

}
