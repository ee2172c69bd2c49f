package cn.dingkao.ruling;

import java.util.Optional;

/** An institution's rating of ethics or performance (合格 / 不合格). */
public enum Rating {

	PASS("合格"), FAIL("不合格");

	private final String label;

	Rating(String label) {
		this.label = label;
	}

	public String label() {
		return label;
	}

	/** A stored or posted code, exactly PASS or FAIL. */
	public static Optional<Rating> fromCode(String code) {
		return Codes.byName(Rating.class, code);
	}

	/** An input file's value: PASS/FAIL in any case, or 合格/不合格 (spec "Values"); null when the text is neither. */
	public static Rating parse(String text) {
		if (text == null) {
			return null;
		}
		String value = text.trim();
		for (Rating rating : values()) {
			if (rating.name().equalsIgnoreCase(value) || rating.label.equals(value)) {
				return rating;
			}
		}
		return null;
	}

	/** The worse of two ratings of one key (spec "Natural keys": on a tie each rating is the worse, FAIL wins). */
	public Rating worse(Rating other) {
		return this == FAIL || other == FAIL ? FAIL : PASS;
	}

}
