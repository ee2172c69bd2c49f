package cn.dingkao.web.account;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Log-in settings ({@code dingkao.web.*}): after {@code maxFailedLogins} wrong passwords in a row the account is
 * locked for {@code lockFor}.
 */
@ConfigurationProperties("dingkao.web")
record WebAccountProperties(@DefaultValue("5") int maxFailedLogins, @DefaultValue("PT15M") Duration lockFor) {
}
