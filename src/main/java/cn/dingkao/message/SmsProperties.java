package cn.dingkao.message;

import java.net.URI;
import java.time.Duration;
import java.util.Map;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Text messages ({@code dingkao.sms.*}): which gateway delivers them, how the sender retries, and the provider's
 * account. See docs/messages.md.
 *
 * @param gateway {@code log} (default: each message appended to {@code <out>/messages/sms.log}) or {@code aliyun}
 * @param poll how often the sender looks for due messages (a message queued on this node wakes it at once)
 * @param maxAttempts sends of one message before it is given up (provider errors worth a retry)
 * @param firstRetry the wait after the first failed send; each further one doubles it, up to {@code maxRetry}
 * @param confirmAfter how long after a send with no known outcome the provider's records are searched for it
 */
@ConfigurationProperties("dingkao.sms")
public record SmsProperties(@DefaultValue("log") String gateway, @DefaultValue("PT2S") Duration poll,
		@DefaultValue("5") int maxAttempts, @DefaultValue("PT10S") Duration firstRetry,
		@DefaultValue("PT10M") Duration maxRetry, @DefaultValue("PT30S") Duration confirmAfter,
		@DefaultValue Aliyun aliyun) {

	/**
	 * Alibaba Cloud SMS (dysmsapi, RPC API version 2017-05-25, signature HMAC-SHA1 v1.0).
	 *
	 * @param templates the approved template code of each purpose ({@code VERIFICATION_CODE: SMS_123456789})
	 * @param outIdPrefix put before the message id in OutId, the key by which a message is found again; set it
	 * per installation when several share one provider account
	 */
	public record Aliyun(@DefaultValue("https://dysmsapi.aliyuncs.com/") URI endpoint, String accessKeyId,
			String accessKeySecret, String signName, @DefaultValue("cn-hangzhou") String regionId,
			Map<String, String> templates, @DefaultValue("dk-") String outIdPrefix,
			@DefaultValue("PT5S") Duration connectTimeout, @DefaultValue("PT10S") Duration readTimeout) {

		public Aliyun {
			templates = templates == null ? Map.of() : Map.copyOf(templates);
		}

	}

	/** The wait before send number {@code attempts + 1}, after {@code attempts} failed ones. */
	public Duration retryAfter(int attempts) {
		Duration wait = this.firstRetry;
		for (int i = 1; i < attempts && wait.compareTo(this.maxRetry) < 0; i++) {
			wait = wait.multipliedBy(2);
		}
		return wait.compareTo(this.maxRetry) > 0 ? this.maxRetry : wait;
	}

}
