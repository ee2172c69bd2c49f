package cn.dingkao.ruling;

import java.util.Optional;

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

	/** The type a stored code names (the import stores the canonical name), or empty. */
	public static Optional<CertType> fromCode(String code) {
		return Codes.byName(CertType.class, code);
	}

}
