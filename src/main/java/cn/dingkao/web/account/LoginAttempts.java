package cn.dingkao.web.account;

import java.time.Clock;
import java.time.LocalDateTime;

import cn.dingkao.web.CurrentUser;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Checks a login: initial-password rule or stored hash; after {@code maxFailedLogins} failures in a row the
 * account is locked for {@code lockFor} (default 5 and 15 minutes). Every failure — unknown account, wrong
 * password, locked account — gets the same message and costs the same bcrypt round, so the login form does not
 * tell anyone which accounts exist.
 */
@Service
@EnableConfigurationProperties(WebAccountProperties.class)
class LoginAttempts {

	private final AccountMapper mapper;

	private final PasswordEncoder encoder;

	private final Clock clock;

	private final WebAccountProperties properties;

	private final DecoyHash decoy;

	LoginAttempts(AccountMapper mapper, PasswordEncoder encoder, Clock clock, WebAccountProperties properties) {
		this.mapper = mapper;
		this.encoder = encoder;
		this.clock = clock;
		this.properties = properties;
		this.decoy = new DecoyHash(encoder);
	}

	/**
	 * The one message for every failed login, shown on the login page to physicians and institution staff: Chinese
	 * only (the page is theirs, not an operator's log).
	 */
	String failureMessage() {
		return "账号或密码错误；连续输错 " + this.properties.maxFailedLogins() + " 次后账号将锁定 "
				+ this.properties.lockFor().toMinutes() + " 分钟，锁定期间请稍后再试或联系所在机构、定考办重置密码。";
	}

	@Transactional(propagation = Propagation.REQUIRES_NEW, noRollbackFor = RuntimeException.class)
	public CurrentUser check(String username, String password) {
		Account account = this.mapper.find(username);
		boolean matches = matches(account, password);
		if (account == null) {
			throw new BadCredentialsException(failureMessage());
		}
		LocalDateTime now = LocalDateTime.now(this.clock);
		if (account.lockedUntil() != null && account.lockedUntil().isAfter(now)) {
			throw new BadCredentialsException(failureMessage());
		}
		if (!matches) {
			this.mapper.recordFailure(username, now.plus(this.properties.lockFor()), this.properties.maxFailedLogins(), now);
			throw new BadCredentialsException(failureMessage());
		}
		this.mapper.recordSuccess(username, now);
		return account.toUser();
	}

	private boolean matches(Account account, String password) {
		boolean hashed = account != null && !account.initialPassword() && account.passwordHash() != null;
		boolean hashMatches = this.encoder.matches(password == null ? "" : password,
				hashed ? account.passwordHash() : this.decoy.get());
		if (account == null || password == null) {
			return false;
		}
		return account.initialPassword() ? InitialPassword.of(account.username()).equals(password) : hashed && hashMatches;
	}

}
