package cn.dingkao.feed;

/** What a delivery holds: every ruled physician (FULL) or what changed since the last delivery (DELTA). */
public enum FeedMode {

	FULL, DELTA;

	static FeedMode parse(String value) {
		return value == null || value.isBlank() ? FULL : valueOf(value.trim().toUpperCase(java.util.Locale.ROOT));
	}

}
