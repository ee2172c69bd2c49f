package cn.dingkao.web.account;

import java.time.Clock;
import java.time.LocalDateTime;

import cn.dingkao.web.ActionRefused;
import cn.dingkao.web.AuditLog;
import cn.dingkao.web.CurrentUser;
import cn.dingkao.web.Role;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Changing one's own password, and resetting someone else's to the initial one within one's scope. */
@Service
public class PasswordService {

	private final AccountMapper mapper;

	private final PasswordEncoder encoder;

	private final AuditLog audit;

	private final Clock clock;

	PasswordService(AccountMapper mapper, PasswordEncoder encoder, AuditLog audit, Clock clock) {
		this.mapper = mapper;
		this.encoder = encoder;
		this.audit = audit;
		this.clock = clock;
	}

	@Transactional
	public void change(CurrentUser user, String current, String next, String repeat) {
		Account account = this.mapper.find(user.username());
		boolean currentOk = account.usesInitialPassword() ? InitialPassword.of(account.username()).equals(current)
				: account.passwordHash() != null && this.encoder.matches(current, account.passwordHash());
		if (!currentOk) {
			throw new ActionRefused("原密码不正确。");
		}
		if (next == null || !next.equals(repeat)) {
			throw new ActionRefused("两次输入的新密码不一致。");
		}
		String problem = PasswordPolicy.problem(user.username(), next);
		if (problem != null) {
			throw new ActionRefused(problem);
		}
		this.mapper.changePassword(user.username(), this.encoder.encode(next), LocalDateTime.now(this.clock));
		this.audit.record(user, user.districtCode(), "account", user.username(), "password", "(旧密码)", "(已修改)");
	}

	/**
	 * An institution resets its physicians; a district office the institutions of its district; the city
	 * office any institution.
	 */
	@Transactional
	public void resetToInitial(CurrentUser user, String username) {
		Account target = this.mapper.find(username);
		String district = target == null ? null : districtOf(target);
		boolean allowed = target != null && switch (user.role()) {
			case INSTITUTION -> Role.PHYSICIAN.name().equals(target.role())
					&& this.mapper.physicianAtOrg(username, user.orgCode());
			case DISTRICT -> Role.INSTITUTION.name().equals(target.role()) && user.districtCode().equals(district);
			case CITY -> Role.INSTITUTION.name().equals(target.role());
			default -> false;
		};
		if (!allowed) {
			throw new AccessDeniedException("not in scope");
		}
		this.mapper.resetToInitial(username, LocalDateTime.now(this.clock));
		this.audit.record(user, district, "account", username, "password", "(自设密码)", "(重置为初始密码)");
	}

	private String districtOf(Account target) {
		if (Role.INSTITUTION.name().equals(target.role())) {
			return this.mapper.institutionDistrict(target.username());
		}
		if (Role.PHYSICIAN.name().equals(target.role())) {
			return this.mapper.physicianDistrict(target.username());
		}
		return target.districtCode();
	}

}
