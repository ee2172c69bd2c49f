package cn.dingkao.ruling;

/** Kinds of certificate a physician is registered with (roster column cert_type, 证件类型). */
public enum CertType {

	RESIDENT("居民身份证"),
	MILITARY("军官证/士兵证"),
	HMT("港澳台居民证件"),
	FOREIGN("外国人护照"),
	OTHER("其他证件");

	private final String label;

	CertType(String label) {
		this.label = label;
	}

	public String label() {
		return label;
	}

	/** The type named by a stored or typed code (any case, trimmed); null when it names none. */
	public static CertType ofCode(String code) {
		if (code == null) {
			return null;
		}
		for (CertType type : values()) {
			if (type.name().equalsIgnoreCase(code.trim())) {
				return type;
			}
		}
		return null;
	}

}
