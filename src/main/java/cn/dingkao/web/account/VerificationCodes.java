package cn.dingkao.web.account;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Map;

import cn.dingkao.message.MessagePurpose;
import cn.dingkao.message.Outbox;
import cn.dingkao.message.OutgoingMessage;
import cn.dingkao.message.PhoneNumbers;
import cn.dingkao.web.ActionRefused;
import cn.dingkao.web.AuditEntity;
import cn.dingkao.web.AuditField;
import cn.dingkao.web.AuditLog;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * 短信验证码 (spec "Codes"): 6 digits, valid 5 minutes, one use, only a bcrypt hash stored; at most 1 a minute and
 * 10 a day per phone and per account; 5 wrong entries void it. The message goes through the outbox in the same
 * transaction that stores the code. bcrypt rather than a fast hash: with a million possible codes, a fast hash read
 * from the database would give the code up in a moment; bcrypt makes trying them all take hours, long after the 5
 * minutes are over.
 */
@Service
@EnableConfigurationProperties(CodeProperties.class)
class VerificationCodes {

	private final CodeMapper mapper;

	private final PasswordEncoder encoder;

	private final Outbox outbox;

	private final AuditLog audit;

	private final Clock clock;

	private final CodeProperties properties;

	private final SecureRandom random = new SecureRandom();

	private final DecoyHash decoy;

	VerificationCodes(CodeMapper mapper, Outbox outbox, AuditLog audit, Clock clock, CodeProperties properties) {
		this.mapper = mapper;
		// cost 8 (a quarter of the passwords' 10): trying all million codes still takes hours, far past the
		// code's 5 minutes, and a code is checked on every reset, change and binding
		this.encoder = new BCryptPasswordEncoder(8);
		this.decoy = new DecoyHash(this.encoder);
		this.outbox = outbox;
		this.audit = audit;
		this.clock = clock;
		this.properties = properties;
	}

	CodeProperties properties() {
		return this.properties;
	}

	/**
	 * Counts a send against the limits of {@code subject} ({@code ACCOUNT:…}, {@code PHONE:…}, {@code ADDRESS:…}).
	 *
	 * @throws ActionRefused saying how long to wait, when a limit is reached (the caller's transaction then rolls
	 * back every count it took)
	 */
	void take(String subject, Duration minInterval, int perDay, String what) {
		LocalDateTime now = LocalDateTime.now(this.clock);
		LocalDate today = now.toLocalDate();
		if (this.mapper.takeThrottle(subject, today, now, now.minus(minInterval), perDay) == 1) {
			return;
		}
		CodeMapper.Throttle throttle = this.mapper.findThrottle(subject);
		if (throttle == null) {
			try {
				this.mapper.insertThrottle(subject, today, now);
				return;
			}
			catch (DuplicateKeyException ex) {
				// a request at the same moment took the first count
				throttle = this.mapper.findThrottle(subject);
			}
		}
		if (throttle != null && throttle.countDay().equals(today) && throttle.dayCount() >= perDay) {
			throw new ActionRefused(what + "今天获取验证码已达 " + perDay + " 次，请明天再试；急需登录的医师请联系主要执业机构重置密码。");
		}
		long wait = throttle == null ? minInterval.toSeconds()
				: Math.max(1, Duration.between(now, throttle.lastSentAt().plus(minInterval)).toSeconds() + 1);
		throw new ActionRefused("获取验证码过于频繁：" + what + "每分钟最多 1 次，请 " + wait + " 秒后再试。");
	}

	/** The limits of the account and of the phone (spec: per phone and per account). */
	void takeAccountAndPhone(String username, String phone) {
		take("ACCOUNT:" + username, this.properties.minInterval(), this.properties.perDay(), "同一账号");
		take("PHONE:" + phone, this.properties.minInterval(), this.properties.perDay(), "同一手机号");
	}

	/**
	 * Makes a code for the account and purpose, replacing any earlier one, and queues its message to {@code phone}
	 * in the caller's transaction; audited. The limits must have been taken first.
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	void issue(Account account, CodePurpose purpose, String phone) {
		LocalDateTime now = LocalDateTime.now(this.clock);
		String code = String.format("%06d", this.random.nextInt(1_000_000));
		this.mapper.replaceActive(account.username(), purpose);
		this.mapper.insertCode(account.username(), purpose, phone, this.encoder.encode(code), now,
				now.plus(this.properties.validity()));
		this.outbox.enqueue(new OutgoingMessage(MessagePurpose.VERIFICATION_CODE, phone, account.username(),
				"您的验证码为 " + code + "，" + this.properties.validity().toMinutes() + " 分钟内有效，用于" + purpose.label()
						+ "。请勿告诉他人；如非本人操作，请忽略本短信。",
				null, Map.of("code", code)));
		this.audit.record(account.toUser(), account.districtCode(), AuditEntity.ACCOUNT, account.username(),
				AuditField.VERIFICATION_CODE, null, "发送" + purpose.label() + "验证码至 " + PhoneNumbers.mask(phone));
	}

	/** As long as issuing a code takes (a bcrypt round), for the answers that must not show that none was issued. */
	void decoy() {
		this.encoder.encode(String.format("%06d", this.random.nextInt(1_000_000)));
	}

	/** What a check of an entered code found. */
	enum Check {
		/** Right: the code is used up. */
		OK,
		/** Wrong: one of the allowed wrong entries spent. */
		WRONG,
		/** Wrong for the last time: the code is void now. */
		VOIDED,
		/** No valid code: none sent, used, void, replaced, expired, or sent to another number. */
		NONE
	}

	/**
	 * Checks an entered code against the account's active code of the purpose (sent to {@code phone} when it is
	 * given), in a transaction of its own: a wrong entry counts even when the caller's action is refused, and one
	 * check at a time holds the code's row. A right code is used up.
	 */
	@Transactional(propagation = Propagation.REQUIRES_NEW)
	Check check(Account account, CodePurpose purpose, String phone, String entered) {
		CodeMapper.StoredCode stored = account == null ? null : this.mapper.lockActive(account.username(), purpose);
		LocalDateTime now = LocalDateTime.now(this.clock);
		boolean usable = stored != null && now.isBefore(stored.expiresAt())
				&& (phone == null || phone.equals(stored.phone()));
		String text = entered == null ? "" : entered.trim();
		// a bcrypt round whatever happens, so the time taken tells nothing about the account
		boolean matches = this.encoder.matches(text, usable ? stored.codeHash() : this.decoy.get());
		if (!usable) {
			return Check.NONE;
		}
		if (matches && text.matches("[0-9]{6}")) {
			return this.mapper.markUsed(stored.id(), now) == 1 ? Check.OK : Check.NONE;
		}
		this.mapper.recordWrong(stored.id(), this.properties.maxWrong());
		if (stored.failedAttempts() + 1 >= this.properties.maxWrong()) {
			this.audit.record(account.toUser(), account.districtCode(), AuditEntity.ACCOUNT, account.username(),
					AuditField.VERIFICATION_CODE, null,
					purpose.label() + "验证码输错 " + this.properties.maxWrong() + " 次，已作废");
			return Check.VOIDED;
		}
		return Check.WRONG;
	}

	/** The message for a failed check, for a logged-in user (who may know how many tries are left). */
	String refusal(Check check) {
		return switch (check) {
			case WRONG -> "验证码不正确，请核对后重新输入（同一验证码输错 " + this.properties.maxWrong() + " 次即作废）。";
			case VOIDED -> "验证码已输错 " + this.properties.maxWrong() + " 次，已作废，请重新获取。";
			case NONE -> "验证码已失效（超过 " + this.properties.validity().toMinutes() + " 分钟、已使用或已重新获取），请重新获取。";
			case OK -> "";
		};
	}

}
