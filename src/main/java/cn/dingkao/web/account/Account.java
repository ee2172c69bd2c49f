package cn.dingkao.web.account;

import java.time.LocalDateTime;

import cn.dingkao.web.CurrentUser;
import cn.dingkao.web.Role;

/** A row of table account; {@code initialPassword}: the password is still the initial rule (no hash yet). */
record Account(String username, Role role, String orgCode, String districtCode, String passwordHash,
		boolean initialPassword, boolean mustChangePassword, int failedAttempts, LocalDateTime lockedUntil,
		int credentialsVersion) {

	CurrentUser toUser() {
		return new CurrentUser(this.username, this.role, this.orgCode, this.districtCode,
				this.initialPassword || this.mustChangePassword, this.credentialsVersion);
	}

}
