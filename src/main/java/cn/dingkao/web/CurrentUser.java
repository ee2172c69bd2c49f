package cn.dingkao.web;

import java.io.Serializable;

/**
 * The logged-in account as the pages need it: the scope ({@code orgCode} for an institution,
 * {@code districtCode} for a district office) is bound into every query. {@code credentialsVersion} is the
 * account's version at login: a password reset or change raises it and so ends this session.
 */
public record CurrentUser(String username, Role role, String orgCode, String districtCode, boolean mustChangePassword,
		int credentialsVersion) implements Serializable {

	public CurrentUser(String username, Role role, String orgCode, String districtCode, boolean mustChangePassword) {
		this(username, role, orgCode, districtCode, mustChangePassword, 0);
	}

	/** The district a query is limited to; null = every district (city office). */
	public String districtScope() {
		return this.role == Role.CITY ? null : this.districtCode;
	}

}
