package cn.dingkao.web.account;

import java.time.Clock;
import java.time.LocalDateTime;

import cn.dingkao.message.PhoneNumbers;
import cn.dingkao.web.ActionRefused;
import cn.dingkao.web.AuditEntity;
import cn.dingkao.web.AuditField;
import cn.dingkao.web.AuditLog;
import cn.dingkao.web.CurrentUser;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Binding or changing one's phone (spec "Phones"): a code is sent to the new number and entered back, so only a
 * number the user holds is bound. A physician's bound phone wins over the roster's; an institution's is its contact
 * phone. Audited, masked.
 */
@Service
public class PhoneService {

	private final AccountMapper mapper;

	private final VerificationCodes codes;

	private final AuditLog audit;

	private final Clock clock;

	PhoneService(AccountMapper mapper, VerificationCodes codes, AuditLog audit, Clock clock) {
		this.mapper = mapper;
		this.codes = codes;
		this.audit = audit;
		this.clock = clock;
	}

	/** The user's phone as pages show it. */
	public record Phone(String masked, boolean bound, boolean fromRoster) {
	}

	public Phone phone(CurrentUser user) {
		Account account = this.mapper.find(user.username());
		if (account == null || account.mobile() == null) {
			return new Phone("", false, false);
		}
		return new Phone(PhoneNumbers.mask(account.mobile()), account.boundMobile() != null, account.boundMobile() == null);
	}

	/** @return the number the code went to, masked */
	@Transactional
	public String sendCode(CurrentUser user, String typed) {
		String phone = checkNumber(typed);
		Account account = this.mapper.find(user.username());
		if (phone.equals(account.boundMobile())) {
			throw new ActionRefused("该号码已是您绑定的手机号。");
		}
		this.codes.takeAccountAndPhone(account.username(), phone);
		this.codes.issue(account, CodePurpose.BIND_PHONE, phone);
		return PhoneNumbers.mask(phone);
	}

	@Transactional
	public String bind(CurrentUser user, String typed, String code) {
		String phone = checkNumber(typed);
		Account account = this.mapper.find(user.username());
		VerificationCodes.Check check = this.codes.check(account, CodePurpose.BIND_PHONE, phone, code);
		if (check != VerificationCodes.Check.OK) {
			throw new ActionRefused(this.codes.refusal(check));
		}
		this.mapper.bindMobile(account.username(), phone, LocalDateTime.now(this.clock));
		this.audit.record(user, account.districtCode(), AuditEntity.ACCOUNT, account.username(), AuditField.MOBILE,
				account.mobile() == null ? null : PhoneNumbers.mask(account.mobile()), PhoneNumbers.mask(phone));
		return PhoneNumbers.mask(phone);
	}

	private static String checkNumber(String typed) {
		String phone = PhoneNumbers.normalize(typed);
		if (phone == null) {
			throw new ActionRefused("请填写 11 位手机号码（以 13–19 开头）。");
		}
		return phone;
	}

}
