package cn.dingkao.ingest.internal;

/**
 * Why one value (or, with a blank column, one whole line) of an input file was not imported.
 * {@code column} is the header as the file wrote it, so that the operator finds it in the file.
 */
public record Rejection(long lineNo, String column, String value, String reasonZh, String reasonEn) {

	static final int MAX_VALUE_LENGTH = 500;

	public Rejection {
		column = column == null ? "" : column;
		if (value != null && value.length() > MAX_VALUE_LENGTH) {
			value = value.substring(0, MAX_VALUE_LENGTH);
		}
	}

}
