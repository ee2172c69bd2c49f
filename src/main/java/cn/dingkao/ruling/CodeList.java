package cn.dingkao.ruling;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The lists the inputs and tables keep in one text field (practice scopes, other orgs, reason codes): items
 * separated by ';' — the full-width '；' too, as Chinese keyboards type it — trimmed, blanks dropped. The one
 * splitter and joiner of such lists.
 */
public final class CodeList {

	private CodeList() {
	}

	public static List<String> split(String joined) {
		if (joined == null || joined.isBlank()) {
			return List.of();
		}
		// by hand, not by a pattern and a stream: the ruling and the import split lists for every physician, and the
		// pattern's split made this small method one of the JIT's costliest compilations
		List<String> items = new ArrayList<>(4);
		int start = 0;
		for (int i = 0; i <= joined.length(); i++) {
			if (i == joined.length() || joined.charAt(i) == ';' || joined.charAt(i) == '；') {
				String item = joined.substring(start, i).trim();
				if (!item.isEmpty()) {
					items.add(item);
				}
				start = i + 1;
			}
		}
		return List.copyOf(items);
	}

	public static String join(List<String> items) {
		return items.stream().collect(Collectors.joining(";"));
	}

}
