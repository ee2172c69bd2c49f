package cn.dingkao.feed;

import java.util.Locale;
import java.util.Optional;

import cn.dingkao.ruling.Codes;

/** What a delivery holds: every ruled physician (FULL) or what changed since the last delivery (DELTA). */
public enum FeedMode {

	FULL("全量"), DELTA("增量");

	private final String label;

	FeedMode(String label) {
		this.label = label;
	}

	public String label() {
		return this.label;
	}

	public static Optional<FeedMode> fromCode(String code) {
		return Codes.byName(FeedMode.class, code);
	}

	/** The job parameter: FULL when none is given (spec: the command chooses the mode, FULL by default). */
	static FeedMode parse(String value) {
		if (value == null || value.isBlank()) {
			return FULL;
		}
		return fromCode(value.trim().toUpperCase(Locale.ROOT)).orElseThrow(() -> new IllegalArgumentException(
				"报送方式应为 FULL 或 DELTA (feed mode must be FULL or DELTA): " + value));
	}

}
