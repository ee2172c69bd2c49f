package cn.dingkao.message;

import java.time.Clock;

import cn.dingkao.system.DingkaoProperties;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The gateway {@code dingkao.sms.gateway} names: {@code log} (default) or {@code aliyun}. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(SmsProperties.class)
class SmsConfiguration {

	@Bean
	SmsGateway smsGateway(SmsProperties properties, DingkaoProperties folders, Clock clock) {
		return switch (properties.gateway()) {
			case "log" -> new LogSmsGateway(folders.outDir().resolve("messages").resolve("sms.log").toAbsolutePath(), clock);
			case "aliyun" -> {
				AliyunSmsGateway gateway = new AliyunSmsGateway(properties.aliyun(), clock);
				gateway.checkSettings();
				yield gateway;
			}
			default -> throw new IllegalStateException("dingkao.sms.gateway 应为 log 或 aliyun (dingkao.sms.gateway must be "
					+ "log or aliyun): " + properties.gateway());
		};
	}

}
