package cn.dingkao.web;

import java.io.Serializable;

/**
 * The logged-in account as the pages need it: the scope ({@code orgCode} for an institution,
 * {@code districtCode} for a district office) is bound into every query.
 */
public record CurrentUser(String username, Role role, String orgCode, String districtCode, boolean mustChangePassword)
		implements Serializable {

	/** The district a query is limited to; null = every district (city office). */
	public String districtScope() {
		return this.role == Role.CITY ? null : this.districtCode;
	}

}
