package cn.dingkao.reconcile;

/**
 * A range of cert_no: {@code after < cert_no <= through} ({@code after} "" = from the first, {@code through} null =
 * to the last); {@code after} null = exactly {@code through}.
 */
record KeyRange(String after, String through) {

	/** Exactly one cert_no. */
	static KeyRange only(String certNo) {
		return new KeyRange(null, certNo);
	}

}
