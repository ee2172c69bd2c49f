package cn.dingkao.web.account;

import java.time.LocalDateTime;

import cn.dingkao.web.CurrentUser;
import cn.dingkao.web.Role;

record Account(String username, String role, String orgCode, String districtCode, String passwordHash,
		String initialPassword, String mustChangePassword, int failedAttempts, LocalDateTime lockedUntil) {

	boolean usesInitialPassword() {
		return "Y".equals(this.initialPassword);
	}

	CurrentUser toUser() {
		return new CurrentUser(this.username, Role.valueOf(this.role), this.orgCode, this.districtCode,
				usesInitialPassword() || "Y".equals(this.mustChangePassword));
	}

}
