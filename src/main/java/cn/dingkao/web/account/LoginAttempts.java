package cn.dingkao.web.account;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;

import cn.dingkao.web.CurrentUser;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Checks a login: initial-password rule or stored hash; after {@code maxAttempts} failures in a row the
 * account is locked for {@code lockFor} (default 5 and 15 minutes).
 */
@Service
class LoginAttempts {

	static final String BAD_CREDENTIALS = "账号或密码错误 (bad credentials)";

	private final AccountMapper mapper;

	private final PasswordEncoder encoder;

	private final Clock clock;

	private final int maxAttempts;

	private final Duration lockFor;

	LoginAttempts(AccountMapper mapper, PasswordEncoder encoder, Clock clock,
			@Value("${dingkao.web.max-failed-logins:5}") int maxAttempts,
			@Value("${dingkao.web.lock-for:PT15M}") Duration lockFor) {
		this.mapper = mapper;
		this.encoder = encoder;
		this.clock = clock;
		this.maxAttempts = maxAttempts;
		this.lockFor = lockFor;
	}

	@Transactional(propagation = Propagation.REQUIRES_NEW, noRollbackFor = RuntimeException.class)
	public CurrentUser check(String username, String password) {
		Account account = this.mapper.find(username);
		if (account == null) {
			throw new BadCredentialsException(BAD_CREDENTIALS);
		}
		LocalDateTime now = LocalDateTime.now(this.clock);
		if (account.lockedUntil() != null && account.lockedUntil().isAfter(now)) {
			throw locked(account.lockedUntil());
		}
		if (!matches(account, password)) {
			LocalDateTime lockUntil = now.plus(this.lockFor);
			this.mapper.recordFailure(username, lockUntil, this.maxAttempts, now);
			if (account.failedAttempts() + 1 >= this.maxAttempts) {
				throw locked(lockUntil);
			}
			throw new BadCredentialsException(BAD_CREDENTIALS + "，再错 " + (this.maxAttempts - account.failedAttempts() - 1)
					+ " 次将锁定 " + this.lockFor.toMinutes() + " 分钟");
		}
		this.mapper.recordSuccess(username, now);
		return account.toUser();
	}

	private boolean matches(Account account, String password) {
		if (password == null) {
			return false;
		}
		if (account.usesInitialPassword()) {
			return InitialPassword.of(account.username()).equals(password);
		}
		return account.passwordHash() != null && this.encoder.matches(password, account.passwordHash());
	}

	private static LockedException locked(LocalDateTime until) {
		return new LockedException("登录失败次数过多，账号已锁定至 " + until.format(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm"))
				+ " (account locked)");
	}

}
