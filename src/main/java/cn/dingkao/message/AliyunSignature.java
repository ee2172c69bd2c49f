package cn.dingkao.message;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Base64;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Alibaba Cloud's RPC request signature, version 1.0 (HMAC-SHA1): the parameters sorted by name, each name and
 * value percent-encoded (RFC 3986: space as {@code %20}, {@code *} as {@code %2A}, {@code ~} kept), joined into the
 * canonical query; the string to sign is {@code METHOD&%2F&} + the encoded canonical query; the key is the
 * AccessKey secret followed by {@code &}.
 */
final class AliyunSignature {

	private AliyunSignature() {
	}

	static String percentEncode(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20").replace("*", "%2A").replace("%7E", "~");
	}

	/** The parameters (Signature left out) sorted by name and encoded: the canonical query, also the request body. */
	static String canonicalQuery(Map<String, String> parameters) {
		return new TreeMap<>(parameters).entrySet()
			.stream()
			.filter(parameter -> !parameter.getKey().equals("Signature"))
			.map(parameter -> percentEncode(parameter.getKey()) + "=" + percentEncode(parameter.getValue()))
			.collect(Collectors.joining("&"));
	}

	static String sign(String method, Map<String, String> parameters, String accessKeySecret) {
		String stringToSign = method + "&" + percentEncode("/") + "&" + percentEncode(canonicalQuery(parameters));
		try {
			Mac mac = Mac.getInstance("HmacSHA1");
			mac.init(new SecretKeySpec((accessKeySecret + "&").getBytes(StandardCharsets.UTF_8), "HmacSHA1"));
			return Base64.getEncoder().encodeToString(mac.doFinal(stringToSign.getBytes(StandardCharsets.UTF_8)));
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("HMAC-SHA1 is not available in this JVM", ex);
		}
	}

}
