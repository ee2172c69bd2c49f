package cn.dingkao.ingest.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import cn.dingkao.ingest.ImportKind;

/**
 * Where each column of a kind sits in a file, from its header row: English key (any case) or Chinese label,
 * in any order, trimmed, BOM stripped. A header that lacks a required column, names an unknown column or
 * names one twice is refused — guessing which column is meant would import wrong data.
 */
public final class HeaderMapping {

	private final List<Column> columns;

	private final int[] positions;

	private final String[] headers;

	private final int width;

	private HeaderMapping(List<Column> columns, int[] positions, String[] headers, int width) {
		this.columns = columns;
		this.positions = positions;
		this.headers = headers;
		this.width = width;
	}

	public static HeaderMapping of(ImportKind kind, List<String> header) throws HeaderException {
		List<Column> columns = kind.columns();
		int[] positions = new int[columns.size()];
		Arrays.fill(positions, -1);
		String[] headers = new String[columns.size()];
		List<String> unknown = new ArrayList<>();
		List<String> repeated = new ArrayList<>();
		int width = header.size();
		// trailing blank header cells (a workbook's formatted but empty columns) are not columns
		while (width > 0 && clean(header.get(width - 1)).isEmpty()) {
			width--;
		}
		for (int i = 0; i < width; i++) {
			String name = clean(header.get(i));
			int match = indexOf(columns, name);
			if (match < 0) {
				unknown.add(name.isEmpty() ? "(第" + (i + 1) + "列为空 column " + (i + 1) + " blank)" : name);
			}
			else if (positions[match] >= 0) {
				repeated.add(name);
			}
			else {
				positions[match] = i;
				headers[match] = name;
			}
		}
		List<String> missing = new ArrayList<>();
		for (int c = 0; c < columns.size(); c++) {
			if (columns.get(c).required() && positions[c] < 0) {
				missing.add(columns.get(c).key() + " " + columns.get(c).labels().get(0));
			}
		}
		if (width == 0) {
			throw new HeaderException("文件为空或没有表头 (empty file or no header)");
		}
		if (!missing.isEmpty() || !unknown.isEmpty() || !repeated.isEmpty()) {
			StringBuilder zh = new StringBuilder("表头不符 (header mismatch):");
			if (!missing.isEmpty()) {
				zh.append(" 缺少必需列 (missing required columns) ").append(missing).append(';');
			}
			if (!unknown.isEmpty()) {
				zh.append(" 未知列 (unknown columns) ").append(unknown).append(';');
			}
			if (!repeated.isEmpty()) {
				zh.append(" 重复列 (repeated columns) ").append(repeated).append(';');
			}
			throw new HeaderException(zh.toString());
		}
		return new HeaderMapping(columns, positions, headers, width);
	}

	private static int indexOf(List<Column> columns, String name) {
		for (int c = 0; c < columns.size(); c++) {
			if (columns.get(c).matches(name)) {
				return c;
			}
		}
		return -1;
	}

	static String clean(String text) {
		if (text == null) {
			return "";
		}
		// indexOf first: replace builds its search state even when, as nearly always, there is nothing to replace
		return (text.indexOf('\uFEFF') < 0 ? text : text.replace("\uFEFF", "")).strip();
	}

	List<Column> columns() {
		return this.columns;
	}

	/** The column's trimmed text in the record; blank when the file has no such column or the record is short. */
	String value(List<String> fields, int column) {
		int position = this.positions[column];
		return position < 0 || position >= fields.size() ? "" : clean(fields.get(position));
	}

	/** The header as the file wrote it, or the key when the file lacks the column. */
	String header(int column) {
		return this.headers[column] != null ? this.headers[column] : this.columns.get(column).key();
	}

	int width() {
		return this.width;
	}

	/** A header that does not match its kind: the file is refused. */
	public static final class HeaderException extends Exception {

		HeaderException(String message) {
			super(message);
		}

	}

}
