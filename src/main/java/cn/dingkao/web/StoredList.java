package cn.dingkao.web;

import java.util.Arrays;
import java.util.List;

/** A list stored in one column, {@code ;}-separated (执业范围, reasons); the full-width {@code ；} too. */
public final class StoredList {

	private StoredList() {
	}

	public static List<String> split(String joined) {
		if (joined == null) {
			return List.of();
		}
		return Arrays.stream(joined.split("[;；]")).map(String::trim).filter(s -> !s.isEmpty()).toList();
	}

}
