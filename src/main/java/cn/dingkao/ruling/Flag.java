package cn.dingkao.ruling;

import java.util.Optional;

/**
 * A yes/no flag as the inputs and tables write it: Y or N (the inputs also accept 是/否). In Java a flag is a
 * boolean; this is where the two meet (MyBatis' type handler, JDBC batch writers, labels).
 */
public enum Flag {

	Y("是"), N("否");

	private final String label;

	Flag(String label) {
		this.label = label;
	}

	public String label() {
		return label;
	}

	public boolean isYes() {
		return this == Y;
	}

	public static Flag of(boolean value) {
		return value ? Y : N;
	}

	/** Y, N, 是 or 否 in any case and with spaces around; null when the text is none of them. */
	public static Flag parse(String text) {
		if (text == null) {
			return null;
		}
		return switch (text.trim().toUpperCase(java.util.Locale.ROOT)) {
			case "Y", "是" -> Y;
			case "N", "否" -> N;
			default -> null;
		};
	}

	/** A stored code, exactly Y or N. */
	public static Optional<Flag> fromCode(String code) {
		return Codes.byName(Flag.class, code);
	}

	/** True only for a stored Y. */
	public static boolean isYes(String stored) {
		return Y.name().equals(stored);
	}

}
