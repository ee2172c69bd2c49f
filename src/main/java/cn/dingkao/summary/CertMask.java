package cn.dingkao.summary;

/**
 * Masks a certificate number (spec "District summary workbooks") for the workbooks and wherever else a full one
 * is not needed (the registry's receipt on the command line and the web): an 18-character number keeps its first
 * 6 and last 4 characters ({@code 110105********1234}); any other keeps only its last 4. A number of 4
 * characters or fewer is masked whole, since showing "the last 4" would show all of it.
 */
public final class CertMask {

	private CertMask() {
	}

	public static String mask(String certNo) {
		if (certNo == null) {
			return "";
		}
		int length = certNo.length();
		if (length == 18) {
			return certNo.substring(0, 6) + "*".repeat(8) + certNo.substring(14);
		}
		if (length <= 4) {
			return "*".repeat(length);
		}
		return "*".repeat(length - 4) + certNo.substring(length - 4);
	}

}
