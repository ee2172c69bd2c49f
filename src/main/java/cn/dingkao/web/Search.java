package cn.dingkao.web;

/** A search box's text as a LIKE pattern bound with {@code #{}}: the user's % and _ are literal characters. */
public final class Search {

	private Search() {
	}

	public static String contains(String text) {
		return text == null ? null : "%" + escaped(text) + "%";
	}

	public static String prefix(String text) {
		return text == null ? null : escaped(text) + "%";
	}

	private static String escaped(String text) {
		return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
	}

}
