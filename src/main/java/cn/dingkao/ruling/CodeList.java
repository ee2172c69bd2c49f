package cn.dingkao.ruling;

import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The lists the inputs and tables keep in one text field (practice scopes, other orgs, reason codes): items
 * separated by ';' — the full-width '；' too, as Chinese keyboards type it — trimmed, blanks dropped. The one
 * splitter and joiner of such lists.
 */
public final class CodeList {

	// compiled once: String.split compiles a class like this one on every call (the ruling splits two lists per
	// physician)
	private static final Pattern SEPARATOR = Pattern.compile("[;；]");

	private CodeList() {
	}

	public static List<String> split(String joined) {
		if (joined == null || joined.isBlank()) {
			return List.of();
		}
		return Arrays.stream(SEPARATOR.split(joined)).map(String::trim).filter(item -> !item.isEmpty()).toList();
	}

	public static String join(List<String> items) {
		return items.stream().collect(Collectors.joining(";"));
	}

}
