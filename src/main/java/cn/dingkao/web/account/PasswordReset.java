package cn.dingkao.web.account;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;

import cn.dingkao.web.ActionRefused;
import cn.dingkao.web.AuditEntity;
import cn.dingkao.web.AuditField;
import cn.dingkao.web.AuditLog;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 重置密码 on the login page (manual §1.3(3)): the account and a code sent to its phone set the initial password,
 * with a forced change at the next login (which needs a code again), and end the account's sessions. Nobody is
 * logged in, so the answers never tell whether an account or a phone exists: "send a code" answers the same for an
 * unknown account, an account without a phone and a real one (and takes as long); a refused reset says only that
 * the code is wrong or no longer valid. The per-account limit is kept for whatever account was typed, so even the
 * "too often" answer is the same for all.
 */
@Service
class PasswordReset {

	private static final Logger log = LoggerFactory.getLogger(PasswordReset.class);

	/** The one answer to "send a code". */
	static final String SENT = "如果该账号存在并已绑定手机号，验证码已发送到该手机，5 分钟内有效。未绑定手机号或收不到验证码的医师，"
			+ "请联系主要执业机构重置密码；医疗机构请联系所在区定考办。";

	/** The one answer to a reset that did not happen. */
	static final String REFUSED = "账号或验证码不正确，或验证码已失效（超过 5 分钟、已使用、已重新获取，或输错 5 次已作废），请核对后重试或重新获取验证码。";

	private final AccountMapper accounts;

	private final VerificationCodes codes;

	private final AuditLog audit;

	private final Clock clock;

	PasswordReset(AccountMapper accounts, VerificationCodes codes, AuditLog audit, Clock clock) {
		this.accounts = accounts;
		this.codes = codes;
		this.audit = audit;
		this.clock = clock;
	}

	/**
	 * Sends a reset code to the account's phone, if there are an account and a phone.
	 *
	 * @throws ActionRefused only for the limits of the typed account and of the client's address, which are the
	 * same whether the account exists or not
	 */
	@Transactional
	void sendCode(String typed, String clientAddress) {
		String username = typed == null ? "" : typed.trim();
		if (username.isEmpty() || username.length() > 64) {
			throw new ActionRefused("请输入账号（医师：证件号码；机构：执业许可证登记号）。");
		}
		CodeProperties limits = this.codes.properties();
		this.codes.take("ACCOUNT:" + username, limits.minInterval(), limits.perDay(), "同一账号");
		this.codes.take("ADDRESS:" + clientAddress, Duration.ZERO, limits.perAddressPerDay(), "同一网络地址");
		Account account = this.accounts.find(username);
		if (account == null || account.mobile() == null) {
			// a decoy round, so the answer takes as long as a real send
			this.codes.decoy();
			log.info("重置密码验证码未发送：账号不存在或未绑定手机号 (reset code not sent: no such account or no phone)");
			return;
		}
		try {
			this.codes.take("PHONE:" + account.mobile(), limits.minInterval(), limits.perDay(), "同一手机号");
		}
		catch (ActionRefused ex) {
			// the answer must not differ from an unknown account's; the audit trail keeps why nothing was sent
			this.audit.record(account.toUser(), account.districtCode(), AuditEntity.ACCOUNT, account.username(),
					AuditField.VERIFICATION_CODE, null, "未发送重置密码验证码：该手机号已达发送限制");
			return;
		}
		this.codes.issue(account, CodePurpose.RESET_PASSWORD, account.mobile());
	}

	/**
	 * Resets the password to the initial one when the code is right; ends the account's sessions (its credentials
	 * version goes up) and writes the audit trail.
	 *
	 * @throws ActionRefused with the one {@link #REFUSED} answer otherwise
	 */
	@Transactional
	void reset(String typed, String code) {
		String username = typed == null ? "" : typed.trim();
		Account account = username.isEmpty() ? null : this.accounts.find(username);
		VerificationCodes.Check check = this.codes.check(account, CodePurpose.RESET_PASSWORD, null, code);
		if (check != VerificationCodes.Check.OK) {
			throw new ActionRefused(REFUSED);
		}
		this.accounts.resetToInitial(account.username(), LocalDateTime.now(this.clock), false);
		this.audit.record(account.toUser(), account.districtCode(), AuditEntity.ACCOUNT, account.username(),
				AuditField.PASSWORD, "(自设密码)", "(凭短信验证码重置为初始密码，已退出其登录)");
	}

}
