package cn.dingkao.web.account;

import java.time.Clock;
import java.time.LocalDateTime;

import cn.dingkao.message.PhoneNumbers;
import cn.dingkao.web.ActionRefused;
import cn.dingkao.web.AuditEntity;
import cn.dingkao.web.AuditField;
import cn.dingkao.web.AuditLog;
import cn.dingkao.web.CurrentUser;
import cn.dingkao.web.Role;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Changing one's own password, and resetting someone else's to the initial one within one's scope (spec "Who
 * uses it"). Both raise the account's credentials version, which ends its open sessions.
 */
@Service
public class PasswordService {

	private final AccountMapper mapper;

	private final PasswordEncoder encoder;

	private final AuditLog audit;

	private final Clock clock;

	private final VerificationCodes codes;

	PasswordService(AccountMapper mapper, PasswordEncoder encoder, AuditLog audit, Clock clock, VerificationCodes codes) {
		this.mapper = mapper;
		this.encoder = encoder;
		this.audit = audit;
		this.clock = clock;
		this.codes = codes;
	}

	/**
	 * The phone a password change of this user needs a code from (masked), or null when none is needed: the account
	 * has no phone (manual §3.2: the institution resets it), or the institution or an office reset the password and
	 * so already identified the user.
	 */
	public String changeCodePhone(CurrentUser user) {
		Account account = this.mapper.find(user.username());
		return account != null && account.changeNeedsCode() ? PhoneNumbers.mask(account.mobile()) : null;
	}

	/** Sends the code a password change needs to the account's phone (manual §1.6). */
	@Transactional
	public String sendChangeCode(CurrentUser user) {
		Account account = this.mapper.find(user.username());
		if (account == null || !account.changeNeedsCode()) {
			throw new ActionRefused("修改密码无需短信验证码，请直接修改。");
		}
		this.codes.takeAccountAndPhone(account.username(), account.mobile());
		this.codes.issue(account, CodePurpose.CHANGE_PASSWORD, account.mobile());
		return PhoneNumbers.mask(account.mobile());
	}

	/**
	 * Changes one's own password: the current one, the new one twice, and — when the account has a phone — the code
	 * sent to it (manual §1.6), checked last so that a mistyped new password does not spend it.
	 */
	@Transactional
	public void change(CurrentUser user, String current, String next, String repeat, String code) {
		Account account = this.mapper.find(user.username());
		if (!matches(account, current)) {
			throw new ActionRefused("原密码不正确，请重新输入。");
		}
		if (next == null || !next.equals(repeat)) {
			throw new ActionRefused("两次输入的新密码不一致，请重新输入。");
		}
		if (matches(account, next)) {
			throw new ActionRefused("新密码不能与当前密码相同，请换一个。");
		}
		String problem = PasswordPolicy.problem(user.username(), next);
		if (problem != null) {
			throw new ActionRefused(problem);
		}
		if (account.changeNeedsCode()) {
			if (code == null || code.isBlank()) {
				throw new ActionRefused("请先点击“获取验证码”，把发送到 " + PhoneNumbers.mask(account.mobile())
						+ " 的 6 位验证码填入后再提交。");
			}
			VerificationCodes.Check check = this.codes.check(account, CodePurpose.CHANGE_PASSWORD, account.mobile(), code);
			if (check != VerificationCodes.Check.OK) {
				throw new ActionRefused(this.codes.refusal(check));
			}
		}
		this.mapper.changePassword(user.username(), this.encoder.encode(next), LocalDateTime.now(this.clock));
		this.audit.record(user, user.districtCode(), AuditEntity.ACCOUNT, user.username(), AuditField.PASSWORD, "(旧密码)",
				"(已修改)");
	}

	private boolean matches(Account account, String password) {
		if (password == null) {
			return false;
		}
		return account.initialPassword() ? InitialPassword.of(account.username()).equals(password)
				: account.passwordHash() != null && this.encoder.matches(password, account.passwordHash());
	}

	/**
	 * Who may reset whom: a physician's main institution (not a secondary site) and the offices of the
	 * physician's district (the city office any); an institution's district office and the city office.
	 *
	 * @return the account's district, for the audit trail
	 * @throws AccessDeniedException when the account is not in the user's scope (or does not exist)
	 */
	public String checkReset(CurrentUser user, String username) {
		Account target = username == null ? null : this.mapper.find(username);
		if (target == null) {
			throw new AccessDeniedException("no such account in scope");
		}
		String district = switch (target.role()) {
			case PHYSICIAN -> this.mapper.physicianDistrict(username);
			case INSTITUTION -> this.mapper.institutionDistrict(username);
			default -> null;
		};
		boolean allowed = switch (user.role()) {
			case INSTITUTION -> target.role() == Role.PHYSICIAN
					&& user.orgCode().equals(this.mapper.physicianMainOrg(username));
			case DISTRICT -> (target.role() == Role.PHYSICIAN || target.role() == Role.INSTITUTION)
					&& user.districtCode().equals(district);
			case CITY -> target.role() == Role.PHYSICIAN || target.role() == Role.INSTITUTION;
			default -> false;
		};
		if (!allowed) {
			throw new AccessDeniedException("not in scope");
		}
		return district;
	}

	/** Resets the password to the initial one, ends the account's sessions and writes the audit trail. */
	@Transactional
	public void resetToInitial(CurrentUser user, String username) {
		String district = checkReset(user, username);
		// a person identified the user: the forced change that follows needs no code (manual §3.2)
		this.mapper.resetToInitial(username, LocalDateTime.now(this.clock), true);
		this.audit.record(user, district, AuditEntity.ACCOUNT, username, AuditField.PASSWORD, "(自设密码)",
				"(重置为初始密码，已退出其登录)");
	}

	/** The session's credentials version is still the account's (false: reset, changed or removed since login). */
	public boolean stillValid(CurrentUser user) {
		Integer version = this.mapper.credentialsVersion(user.username());
		return version != null && version == user.credentialsVersion();
	}

}
