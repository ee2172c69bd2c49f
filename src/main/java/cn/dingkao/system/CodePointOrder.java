package cn.dingkao.system;

/**
 * The order of the registry feed's rows (spec "Registry feed": cert_no in byte order). UTF-8 byte order is code
 * point order, which {@link #compare} computes without encoding; {@link String#compareTo} compares UTF-16 units,
 * which differs for characters beyond U+FFFF.
 */
public final class CodePointOrder {

	private CodePointOrder() {
	}

	public static int compare(String a, String b) {
		int i = 0;
		int j = 0;
		while (i < a.length() && j < b.length()) {
			int x = a.codePointAt(i);
			int y = b.codePointAt(j);
			if (x != y) {
				return Integer.compare(x, y);
			}
			i += Character.charCount(x);
			j += Character.charCount(y);
		}
		return Integer.compare(a.length() - i, b.length() - j);
	}

}
