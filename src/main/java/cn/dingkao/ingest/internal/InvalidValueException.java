package cn.dingkao.ingest.internal;

/** A value that cannot be stored, with the reason in Chinese (for the operator) and English. */
final class InvalidValueException extends Exception {

	private final String reasonZh;

	InvalidValueException(String reasonZh, String reasonEn) {
		super(reasonEn, null, false, false);
		this.reasonZh = reasonZh;
	}

	String reasonZh() {
		return this.reasonZh;
	}

	String reasonEn() {
		return getMessage();
	}

}
