package cn.dingkao.ingest.internal;

/**
 * Why one value (or, with a blank column, one whole line) of an input file was not imported.
 * {@code column} is the header as the file wrote it, so that the operator finds it in the file. A value is
 * quoted by its first {@value #MAX_VALUE_LENGTH} characters at most (spec "Bad input"), and every text is cut
 * to what table {@code import_reject} holds, so that no input can make the reject writer fail.
 */
public record Rejection(long lineNo, String column, String value, String reasonZh, String reasonEn) {

	static final int MAX_VALUE_LENGTH = 200;

	static final int MAX_COLUMN_LENGTH = 255;

	static final int MAX_REASON_LENGTH = 1000;

	public Rejection {
		column = cut(column == null ? "" : column, MAX_COLUMN_LENGTH);
		value = value == null ? null : cut(value, MAX_VALUE_LENGTH);
		reasonZh = cut(reasonZh, MAX_REASON_LENGTH);
		reasonEn = cut(reasonEn, MAX_REASON_LENGTH);
	}

	private static String cut(String text, int length) {
		return text.length() <= length ? text : text.substring(0, length);
	}

}
