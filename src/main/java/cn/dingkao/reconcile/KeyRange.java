package cn.dingkao.reconcile;

import java.util.List;

/**
 * A range of cert_no: {@code after < cert_no <= through} ({@code after} "" = from the first, {@code through} null =
 * to the last); {@code after} null = exactly {@code through}. With {@code keys}, only those cert_nos (in order):
 * a page of a ruling that rules only the physicians whose records changed (issue 26), which reads their rows by
 * key rather than the whole stretch between its first and last.
 */
record KeyRange(String after, String through, List<String> keys) {

	KeyRange(String after, String through) {
		this(after, through, null);
	}

	/** Exactly one cert_no. */
	static KeyRange only(String certNo) {
		return new KeyRange(null, certNo);
	}

	/** Exactly these cert_nos (in cert_no order, not empty). */
	static KeyRange among(List<String> keys) {
		return new KeyRange(null, keys.get(keys.size() - 1), List.copyOf(keys));
	}

}
