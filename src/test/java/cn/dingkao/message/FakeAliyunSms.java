package cn.dingkao.message;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Collectors;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * A local stand-in for Alibaba Cloud SMS that speaks its RPC protocol: form-encoded POSTs signed with HMAC-SHA1
 * (checked here with an implementation of its own, from the provider's documentation), SendSms and
 * QuerySendDetails with the provider's JSON answers. A test scripts what the next sends meet: acceptance, a refusal
 * with the provider's code, or an answer that comes too late (the message is recorded as accepted — as the real
 * provider would have — but the client has stopped waiting).
 */
public final class FakeAliyunSms implements AutoCloseable {

	public static final String KEY_ID = "LTAI-test-id";

	public static final String SECRET = "test-secret";

	/** What one SendSms meets. */
	public record Behaviour(int status, String code, String message, long delayMillis, boolean record) {

		public static Behaviour accept() {
			return new Behaviour(200, "OK", "OK", 0, true);
		}

		public static Behaviour refuse(String code, String message) {
			return new Behaviour(200, code, message, 0, false);
		}

		/** Accepted and recorded, but answered only after {@code millis}. */
		public static Behaviour acceptLate(long millis) {
			return new Behaviour(200, "OK", "OK", millis, true);
		}

	}

	/** A message the provider accepted. */
	public record Sent(String phone, String signName, String templateCode, String templateParam, String outId, String bizId,
			String sendDate) {
	}

	private final HttpServer server;

	private final Deque<Behaviour> script = new ConcurrentLinkedDeque<>();

	public final List<Sent> accepted = new CopyOnWriteArrayList<>();

	public final List<String> actions = new CopyOnWriteArrayList<>();

	public final List<String> badSignatures = new CopyOnWriteArrayList<>();

	private volatile String today = "20260410";

	public FakeAliyunSms() throws IOException {
		this.server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 16);
		this.server.createContext("/", this::handle);
		this.server.setExecutor(java.util.concurrent.Executors.newCachedThreadPool());
		this.server.start();
	}

	public URI endpoint() {
		return URI.create("http://127.0.0.1:" + this.server.getAddress().getPort() + "/");
	}

	public void next(Behaviour... behaviours) {
		this.script.addAll(List.of(behaviours));
	}

	public void today(String yyyyMMdd) {
		this.today = yyyyMMdd;
	}

	public long sends() {
		return this.actions.stream().filter("SendSms"::equals).count();
	}

	@Override
	public void close() {
		this.server.stop(0);
	}

	private void handle(HttpExchange exchange) throws IOException {
		Map<String, String> form;
		try (InputStream in = exchange.getRequestBody()) {
			form = parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
		}
		String action = form.getOrDefault("Action", "");
		this.actions.add(action);
		if (!exchange.getRequestMethod().equals("POST") || !KEY_ID.equals(form.get("AccessKeyId"))
				|| !signature(exchange.getRequestMethod(), form).equals(form.get("Signature"))) {
			this.badSignatures.add(action);
			answer(exchange, 400, "{\"Code\":\"SignatureDoesNotMatch\",\"Message\":\"Specified signature is not matched "
					+ "with our calculation.\",\"RequestId\":\"R-bad\"}");
			return;
		}
		switch (action) {
			case "SendSms" -> send(exchange, form);
			case "QuerySendDetails" -> query(exchange, form);
			default -> answer(exchange, 404, "{\"Code\":\"InvalidAction.NotFound\",\"Message\":\"no such action\"}");
		}
	}

	private void send(HttpExchange exchange, Map<String, String> form) throws IOException {
		Behaviour behaviour = this.script.isEmpty() ? Behaviour.accept() : this.script.poll();
		String bizId = "BIZ" + (this.accepted.size() + 1);
		if (behaviour.record()) {
			this.accepted.add(new Sent(form.get("PhoneNumbers"), form.get("SignName"), form.get("TemplateCode"),
					form.get("TemplateParam"), form.get("OutId"), bizId, this.today));
		}
		if (behaviour.delayMillis() > 0) {
			try {
				Thread.sleep(behaviour.delayMillis());
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
			}
		}
		String body = behaviour.code().equals("OK")
				? "{\"Message\":\"OK\",\"RequestId\":\"R1\",\"BizId\":\"" + bizId + "\",\"Code\":\"OK\"}"
				: "{\"Message\":\"" + behaviour.message() + "\",\"RequestId\":\"R2\",\"Code\":\"" + behaviour.code() + "\"}";
		try {
			answer(exchange, behaviour.status(), body);
		}
		catch (IOException ex) {
			// the client stopped waiting
		}
	}

	private void query(HttpExchange exchange, Map<String, String> form) throws IOException {
		String phone = form.get("PhoneNumber");
		String date = form.get("SendDate");
		int size = Integer.parseInt(form.get("PageSize"));
		int page = Integer.parseInt(form.getOrDefault("CurrentPage", "1"));
		List<Sent> matching = this.accepted.stream()
			.filter(sent -> sent.phone().equals(phone) && sent.sendDate().equals(date))
			.toList();
		List<String> records = new ArrayList<>();
		for (int i = (page - 1) * size; i < Math.min(matching.size(), page * size); i++) {
			Sent sent = matching.get(i);
			records.add("{\"SendDate\":\"2026-04-10 10:00:00\",\"SendStatus\":3,\"ErrCode\":\"DELIVERED\","
					+ "\"TemplateCode\":\"" + sent.templateCode() + "\",\"PhoneNum\":\"" + sent.phone() + "\","
					+ "\"OutId\":\"" + sent.outId() + "\"}");
		}
		answer(exchange, 200, "{\"TotalCount\":" + matching.size() + ",\"Message\":\"OK\",\"RequestId\":\"R3\","
				+ "\"SmsSendDetailDTOs\":{\"SmsSendDetailDTO\":[" + String.join(",", records) + "]},\"Code\":\"OK\"}");
	}

	private static void answer(HttpExchange exchange, int status, String body) throws IOException {
		byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
		exchange.getResponseHeaders().set("Content-Type", "application/json;charset=utf-8");
		exchange.sendResponseHeaders(status, bytes.length);
		try (OutputStream out = exchange.getResponseBody()) {
			out.write(bytes);
		}
	}

	private static Map<String, String> parse(String body) {
		Map<String, String> form = new TreeMap<>();
		for (String pair : body.split("&")) {
			int eq = pair.indexOf('=');
			if (eq > 0) {
				form.put(URLDecoder.decode(pair.substring(0, eq), StandardCharsets.UTF_8),
						URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
			}
		}
		return form;
	}

	/** The provider's check, written from its documentation independently of the client's implementation. */
	static String signature(String method, Map<String, String> form) {
		String canonical = new TreeMap<>(form).entrySet()
			.stream()
			.filter(e -> !e.getKey().equals("Signature"))
			.map(e -> encode(e.getKey()) + "=" + encode(e.getValue()))
			.collect(Collectors.joining("&"));
		String toSign = method + "&" + encode("/") + "&" + encode(canonical);
		try {
			Mac mac = Mac.getInstance("HmacSHA1");
			mac.init(new SecretKeySpec((SECRET + "&").getBytes(StandardCharsets.UTF_8), "HmacSHA1"));
			return Base64.getEncoder().encodeToString(mac.doFinal(toSign.getBytes(StandardCharsets.UTF_8)));
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static String encode(String value) {
		StringBuilder out = new StringBuilder();
		for (byte b : value.getBytes(StandardCharsets.UTF_8)) {
			char c = (char) (b & 0xff);
			if ((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' || c == '_'
					|| c == '.' || c == '~') {
				out.append(c);
			}
			else {
				out.append('%').append(String.format("%02X", b & 0xff));
			}
		}
		return out.toString();
	}

}
