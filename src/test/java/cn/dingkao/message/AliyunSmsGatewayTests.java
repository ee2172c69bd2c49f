package cn.dingkao.message;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The Alibaba Cloud SMS adapter against a local server that speaks the provider's protocol. */
class AliyunSmsGatewayTests {

	private static final Clock CLOCK = Clock.fixed(LocalDateTime.of(2026, 4, 10, 10, 0).atZone(ZoneId.of("Asia/Shanghai"))
		.toInstant(), ZoneId.of("Asia/Shanghai"));

	private FakeAliyunSms provider;

	private AliyunSmsGateway gateway;

	@BeforeEach
	void start() throws Exception {
		this.provider = new FakeAliyunSms();
		this.gateway = gateway(Duration.ofSeconds(2));
	}

	@AfterEach
	void stop() {
		this.provider.close();
	}

	private AliyunSmsGateway gateway(Duration readTimeout) {
		return new AliyunSmsGateway(new SmsProperties.Aliyun(this.provider.endpoint(), FakeAliyunSms.KEY_ID,
				FakeAliyunSms.SECRET, "北京市定考", "cn-hangzhou", Map.of("VERIFICATION_CODE", "SMS_100001"), "dk-test-",
				Duration.ofSeconds(2), readTimeout), CLOCK);
	}

	private static SmsGateway.Delivery code(long id) {
		Map<String, String> params = new LinkedHashMap<>();
		params.put("code", "123456");
		return new SmsGateway.Delivery(id, "dk-test-" + id, MessagePurpose.VERIFICATION_CODE, "13812341234",
				"您的验证码为 123456", params, LocalDateTime.now(CLOCK));
	}

	@Test
	@DisplayName("Alibaba Cloud's documented signature example (SendSms, testSecret) gives its documented signature")
	void documentedSignature() {
		Map<String, String> parameters = new LinkedHashMap<>();
		parameters.put("AccessKeyId", "testId");
		parameters.put("Action", "SendSms");
		parameters.put("Format", "XML");
		parameters.put("OutId", "123");
		parameters.put("PhoneNumbers", "15300000001");
		parameters.put("RegionId", "cn-hangzhou");
		parameters.put("SignName", "阿里云短信测试专用");
		parameters.put("SignatureMethod", "HMAC-SHA1");
		parameters.put("SignatureNonce", "45e25e9b-0a6f-4070-8c85-2956eda1b466");
		parameters.put("SignatureVersion", "1.0");
		parameters.put("TemplateCode", "SMS_71390007");
		parameters.put("TemplateParam", "{\"customer\":\"test\"}");
		parameters.put("Timestamp", "2017-07-12T02:42:19Z");
		parameters.put("Version", "2017-05-25");
		assertThat(AliyunSignature.sign("GET", parameters, "testSecret")).isEqualTo("zJDF+Lrzhj/ThnlvIToysFRq6t4=");
		assertThat(AliyunSignature.percentEncode("a b*~")).isEqualTo("a%20b%2A~");
	}

	@Test
	@DisplayName("success: a signed SendSms with the template, its variables and OutId; the BizId is kept")
	void accepted() {
		assertThat(this.gateway.send(code(7))).isEqualTo(new SmsGateway.Accepted("BIZ1"));
		assertThat(this.provider.badSignatures).isEmpty();
		assertThat(this.provider.accepted).singleElement().satisfies(sent -> {
			assertThat(sent.phone()).isEqualTo("13812341234");
			assertThat(sent.signName()).isEqualTo("北京市定考");
			assertThat(sent.templateCode()).isEqualTo("SMS_100001");
			assertThat(sent.templateParam()).isEqualTo("{\"code\":\"123456\"}");
			assertThat(sent.outId()).isEqualTo("dk-test-7");
		});
	}

	@Test
	@DisplayName("provider error: its code and message are kept; a wrong number is final, flow control worth a retry")
	void refused() {
		this.provider.next(FakeAliyunSms.Behaviour.refuse("isv.MOBILE_NUMBER_ILLEGAL", "非法手机号"),
				FakeAliyunSms.Behaviour.refuse("isv.BUSINESS_LIMIT_CONTROL", "触发分钟级流控Permits:1"));
		assertThat(this.gateway.send(code(1)))
			.isEqualTo(new SmsGateway.Refused("isv.MOBILE_NUMBER_ILLEGAL", "非法手机号", false));
		assertThat(this.gateway.send(code(2)))
			.isEqualTo(new SmsGateway.Refused("isv.BUSINESS_LIMIT_CONTROL", "触发分钟级流控Permits:1", true));
		assertThat(this.provider.accepted).isEmpty();
	}

	@Test
	@DisplayName("a wrong secret is refused by the provider's signature check, and that refusal is final")
	void wrongSecret() {
		AliyunSmsGateway wrong = new AliyunSmsGateway(new SmsProperties.Aliyun(this.provider.endpoint(),
				FakeAliyunSms.KEY_ID, "not-the-secret", "北京市定考", "cn-hangzhou", Map.of("VERIFICATION_CODE", "SMS_1"),
				"dk-", Duration.ofSeconds(2), Duration.ofSeconds(2)), CLOCK);
		SmsGateway.SendOutcome outcome = wrong.send(code(3));
		assertThat(outcome).isInstanceOf(SmsGateway.Refused.class);
		assertThat(((SmsGateway.Refused) outcome).code()).isEqualTo("SignatureDoesNotMatch");
		assertThat(((SmsGateway.Refused) outcome).retryable()).isFalse();
	}

	@Test
	@DisplayName("time-out: the provider took the message but answered too late — the outcome is unknown, and the lookup by OutId finds it")
	void timeOut() {
		AliyunSmsGateway impatient = gateway(Duration.ofMillis(300));
		this.provider.next(FakeAliyunSms.Behaviour.acceptLate(1500));
		assertThat(impatient.send(code(9))).isInstanceOf(SmsGateway.Unknown.class);
		assertThat(impatient.lookup(code(9))).isEqualTo(new SmsGateway.Found(null));
		assertThat(impatient.lookup(code(10))).isEqualTo(new SmsGateway.NotFound());
	}

	@Test
	@DisplayName("no server listening: nothing left, so the refusal is worth a retry")
	void connectionRefused() throws Exception {
		this.provider.close();
		SmsGateway.SendOutcome outcome = this.gateway.send(code(4));
		assertThat(outcome).isInstanceOf(SmsGateway.Refused.class);
		assertThat(((SmsGateway.Refused) outcome).retryable()).isTrue();
		assertThat(this.gateway.lookup(code(4))).isInstanceOf(SmsGateway.LookupFailed.class);
	}

	@Test
	@DisplayName("the lookup pages through the provider's records of the phone and day (50 a page)")
	void lookupPages() {
		for (int i = 1; i <= 70; i++) {
			assertThat(this.gateway.send(code(1000 + i))).isInstanceOf(SmsGateway.Accepted.class);
		}
		assertThat(this.gateway.lookup(code(1070))).isEqualTo(new SmsGateway.Found(null));
		assertThat(this.gateway.lookup(code(999))).isEqualTo(new SmsGateway.NotFound());
		assertThat(this.provider.actions.stream().filter("QuerySendDetails"::equals).count()).isEqualTo(4);
	}

	@Test
	@DisplayName("a purpose without a configured template is refused before anything is sent")
	void missingTemplate() {
		var reminder = new SmsGateway.Delivery(5, "dk-test-5", MessagePurpose.REMINDER, "13812341234", "请报名", Map.of(),
				LocalDateTime.now(CLOCK));
		assertThat(this.gateway.send(reminder)).isInstanceOfSatisfying(SmsGateway.Refused.class,
				refused -> assertThat(refused.code()).isEqualTo("TEMPLATE_NOT_CONFIGURED"));
		assertThat(this.provider.actions).isEmpty();
	}

}
