package cn.dingkao.message;

import java.io.IOException;
import java.net.ConnectException;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Alibaba Cloud SMS (短信服务, dysmsapi 2017-05-25) through its documented RPC API: {@code SendSms} to send,
 * {@code QuerySendDetails} to find a message again by its {@code OutId}, each a signed POST ({@link AliyunSignature}).
 * OutId carries the outbox id, so a message whose send had no answer is searched for among the provider's records
 * of that phone and day before it is ever sent again: at most one delivery per message, even after a crash.
 */
public class AliyunSmsGateway implements SmsGateway {

	private static final DateTimeFormatter TIMESTAMP = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss'Z'");

	private static final DateTimeFormatter SEND_DATE = DateTimeFormatter.BASIC_ISO_DATE;

	/** Codes of a passing condition: flow control, the provider's own trouble. Every other refusal is final. */
	private static final Set<String> RETRYABLE = Set.of("isv.BUSINESS_LIMIT_CONTROL", "isp.SYSTEM_ERROR",
			"isp.GATEWAY_ERROR", "Throttling", "Throttling.User", "Throttling.Api", "ServiceUnavailable",
			"InternalError", "SignatureNonceUsed");

	private static final int PAGE_SIZE = 50;

	private final SmsProperties.Aliyun settings;

	private final Clock clock;

	private final HttpClient http;

	private final JsonMapper json = JsonMapper.builder().build();

	public AliyunSmsGateway(SmsProperties.Aliyun settings, Clock clock) {
		this.settings = settings;
		this.clock = clock;
		this.http = HttpClient.newBuilder().connectTimeout(settings.connectTimeout()).build();
	}

	/** Refuses to start with a setting missing, naming it. */
	void checkSettings() {
		StringBuilder missing = new StringBuilder();
		if (blank(this.settings.accessKeyId())) {
			missing.append(" dingkao.sms.aliyun.access-key-id");
		}
		if (blank(this.settings.accessKeySecret())) {
			missing.append(" dingkao.sms.aliyun.access-key-secret");
		}
		if (blank(this.settings.signName())) {
			missing.append(" dingkao.sms.aliyun.sign-name");
		}
		if (blank(this.settings.templates().get(MessagePurpose.VERIFICATION_CODE.name()))) {
			missing.append(" dingkao.sms.aliyun.templates.VERIFICATION_CODE");
		}
		if (!missing.isEmpty()) {
			throw new IllegalStateException("短信网关 aliyun 缺少设置 (missing settings of the aliyun SMS gateway):" + missing);
		}
	}

	@Override
	public String name() {
		return "aliyun";
	}

	/** OutId: the configured prefix (one per installation sharing the provider account) and the outbox id. */
	@Override
	public String key(long id) {
		return this.settings.outIdPrefix() + id;
	}

	@Override
	public SendOutcome send(Delivery delivery) {
		String template = this.settings.templates().get(delivery.purpose().name());
		if (blank(template)) {
			return new Refused("TEMPLATE_NOT_CONFIGURED", "未配置该用途的短信模板 dingkao.sms.aliyun.templates."
					+ delivery.purpose().name() + " (no template configured for this purpose)", false);
		}
		Map<String, String> parameters = common("SendSms");
		parameters.put("PhoneNumbers", delivery.phone());
		parameters.put("SignName", this.settings.signName());
		parameters.put("TemplateCode", template);
		Map<String, String> variables = delivery.params().isEmpty() ? Map.of("content", delivery.text()) : delivery.params();
		parameters.put("TemplateParam", this.json.writeValueAsString(variables));
		parameters.put("OutId", delivery.key());
		HttpResponse<String> response;
		try {
			response = post(parameters);
		}
		catch (HttpConnectTimeoutException | ConnectException ex) {
			// no connection, so the request never left: nothing was sent
			return new Refused("CONNECT_FAILED", "无法连接短信服务 (cannot connect to the SMS service): " + reason(ex), true);
		}
		catch (HttpTimeoutException ex) {
			return new Unknown("短信服务应答超时 (the SMS service did not answer in time)");
		}
		catch (IOException ex) {
			return new Unknown("与短信服务的连接中断 (connection to the SMS service lost): " + reason(ex));
		}
		JsonNode body = parse(response.body());
		String code = body == null ? "" : body.path("Code").asString("");
		if (body == null || code.isEmpty()) {
			// a gateway in front of the provider answered (a 502 or 504 page): whether the provider got it is unknown
			return new Unknown("短信服务返回无法识别的应答 (unreadable answer), HTTP " + response.statusCode());
		}
		if ("OK".equals(code)) {
			return new Accepted(body.path("BizId").asString(""));
		}
		return new Refused(code, body.path("Message").asString(""), RETRYABLE.contains(code));
	}

	@Override
	public LookupOutcome lookup(Delivery delivery) {
		LocalDate first = delivery.firstSentAt().toLocalDate();
		LocalDate today = LocalDate.now(this.clock);
		for (LocalDate day = first; !day.isAfter(today); day = day.plusDays(1)) {
			LookupOutcome outcome = lookupOn(delivery, day);
			if (!(outcome instanceof NotFound)) {
				return outcome;
			}
		}
		return new NotFound();
	}

	private LookupOutcome lookupOn(Delivery delivery, LocalDate day) {
		for (int page = 1;; page++) {
			Map<String, String> parameters = common("QuerySendDetails");
			parameters.put("PhoneNumber", delivery.phone());
			parameters.put("SendDate", day.format(SEND_DATE));
			parameters.put("PageSize", String.valueOf(PAGE_SIZE));
			parameters.put("CurrentPage", String.valueOf(page));
			JsonNode body;
			try {
				body = parse(post(parameters).body());
			}
			catch (IOException ex) {
				return new LookupFailed("查询短信发送记录失败 (QuerySendDetails failed): " + reason(ex));
			}
			if (body == null || !"OK".equals(body.path("Code").asString(""))) {
				return new LookupFailed("查询短信发送记录失败 (QuerySendDetails refused): "
						+ (body == null ? "unreadable answer" : body.path("Code").asString("") + " " + body.path("Message").asString("")));
			}
			JsonNode records = body.path("SmsSendDetailDTOs").path("SmsSendDetailDTO");
			for (JsonNode record : records) {
				if (delivery.key().equals(record.path("OutId").asString(""))) {
					return new Found(null);
				}
			}
			long total = body.path("TotalCount").asLong(0);
			if (records.size() < PAGE_SIZE || (long) page * PAGE_SIZE >= total) {
				return new NotFound();
			}
		}
	}

	private Map<String, String> common(String action) {
		Map<String, String> parameters = new LinkedHashMap<>();
		parameters.put("AccessKeyId", this.settings.accessKeyId());
		parameters.put("Action", action);
		parameters.put("Format", "JSON");
		parameters.put("RegionId", this.settings.regionId());
		parameters.put("SignatureMethod", "HMAC-SHA1");
		parameters.put("SignatureNonce", UUID.randomUUID().toString());
		parameters.put("SignatureVersion", "1.0");
		parameters.put("Timestamp", this.clock.instant().atOffset(ZoneOffset.UTC).format(TIMESTAMP));
		parameters.put("Version", "2017-05-25");
		return parameters;
	}

	private HttpResponse<String> post(Map<String, String> parameters) throws IOException {
		String signature = AliyunSignature.sign("POST", parameters, this.settings.accessKeySecret());
		String body = "Signature=" + AliyunSignature.percentEncode(signature) + "&" + AliyunSignature.canonicalQuery(parameters);
		HttpRequest request = HttpRequest.newBuilder(this.settings.endpoint())
			.timeout(this.settings.readTimeout())
			.header("Content-Type", "application/x-www-form-urlencoded; charset=UTF-8")
			.header("Accept", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8))
			.build();
		try {
			return this.http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IOException("interrupted", ex);
		}
	}

	private JsonNode parse(String body) {
		try {
			JsonNode node = this.json.readTree(body);
			return node != null && node.isObject() ? node : null;
		}
		catch (JacksonException ex) {
			return null;
		}
	}

	private static String reason(Exception ex) {
		return ex.getMessage() == null ? ex.getClass().getSimpleName() : ex.getMessage();
	}

	private static boolean blank(String value) {
		return value == null || value.isBlank();
	}

}
