package cn.dingkao.ingest.internal;

import java.util.List;

import cn.dingkao.ruling.Flag;

/**
 * One column of an input file: its English key, the Chinese labels a header may use instead, the database
 * column of the staging table, how its text is parsed, whether the spec requires it, and its stored length.
 */
public record Column(String key, List<String> labels, String dbColumn, ValueType type, boolean required,
		int maxLength, String blankValue) {

	public static Column required(String key, String dbColumn, ValueType type, int maxLength, String... labels) {
		return new Column(key, List.of(labels), dbColumn, type, true, maxLength, null);
	}

	public static Column optional(String key, String dbColumn, ValueType type, int maxLength, String... labels) {
		return new Column(key, List.of(labels), dbColumn, type, false, maxLength, null);
	}

	/** An optional Y/N flag whose blank means N. */
	public static Column flagDefaultN(String key, String dbColumn, String... labels) {
		return new Column(key, List.of(labels), dbColumn, ValueType.FLAG, false, 1, Flag.N.name());
	}

	boolean matches(String header) {
		return this.key.equalsIgnoreCase(header) || this.labels.contains(header);
	}

}
