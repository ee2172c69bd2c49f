package cn.dingkao.web;

import java.util.Optional;

import cn.dingkao.ruling.Codes;

/** Who is logged in; the scope of every query follows from it. */
public enum Role {

	PHYSICIAN("医师"), INSTITUTION("医疗机构"), DISTRICT("区定考办"), CITY("市定考办");

	private final String label;

	Role(String label) {
		this.label = label;
	}

	public String label() {
		return this.label;
	}

	public static Optional<Role> fromCode(String code) {
		return Codes.byName(Role.class, code);
	}

	public boolean isOffice() {
		return this == DISTRICT || this == CITY;
	}

}
