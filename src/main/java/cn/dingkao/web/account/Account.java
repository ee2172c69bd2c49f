package cn.dingkao.web.account;

import java.time.LocalDateTime;

import cn.dingkao.web.CurrentUser;
import cn.dingkao.web.Role;

/**
 * A row of table account; {@code initialPassword}: the password is still the initial rule (no hash yet).
 * {@code mobile}: the phone its codes go to — the one bound on the web, else (physicians) the roster's;
 * {@code boundMobile}: the one bound on the web. {@code changeWithoutCode}: the next change needs no code (the
 * password was reset by the institution or an office, who identified the user).
 */
record Account(String username, Role role, String orgCode, String districtCode, String passwordHash,
		boolean initialPassword, boolean mustChangePassword, int failedAttempts, LocalDateTime lockedUntil,
		int credentialsVersion, String mobile, String boundMobile, boolean changeWithoutCode) {

	/** Whether changing the password needs a code sent to the account's phone (manual §1.6). */
	boolean changeNeedsCode() {
		return this.mobile != null && !this.changeWithoutCode;
	}

	CurrentUser toUser() {
		return new CurrentUser(this.username, this.role, this.orgCode, this.districtCode,
				this.initialPassword || this.mustChangePassword, this.credentialsVersion);
	}

}
