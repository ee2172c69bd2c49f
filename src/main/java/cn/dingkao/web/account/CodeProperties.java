package cn.dingkao.web.account;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Verification codes ({@code dingkao.web.codes.*}); the defaults are the spec's ("Codes"): valid 5 minutes, at most
 * 1 a minute and 10 a day per phone and per account, voided by 5 wrong entries. {@code perAddressPerDay} bounds
 * what one client address can make the system send through the login page's 重置密码 (codes cost money and
 * reach real phones), generous enough for a hospital behind one address.
 */
@ConfigurationProperties("dingkao.web.codes")
record CodeProperties(@DefaultValue("PT5M") Duration validity, @DefaultValue("PT1M") Duration minInterval,
		@DefaultValue("10") int perDay, @DefaultValue("5") int maxWrong, @DefaultValue("200") int perAddressPerDay) {
}
