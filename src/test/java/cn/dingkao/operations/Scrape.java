package cn.dingkao.operations;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.OptionalDouble;

/** An HTTP client for the tests, and a reader of the Prometheus text format. */
final class Scrape {

	private static final HttpClient CLIENT = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

	private Scrape() {
	}

	static HttpResponse<String> get(String url) throws IOException, InterruptedException {
		return CLIENT.send(HttpRequest.newBuilder(URI.create(url)).GET().build(),
				HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
	}

	/**
	 * The value of the sample {@code name} whose labels include {@code labels}; empty when there is none. Summed when
	 * several samples match (one per application tag, say).
	 */
	static OptionalDouble value(String text, String name, Map<String, String> labels) {
		double sum = 0;
		boolean found = false;
		for (String line : text.lines().toList()) {
			if (line.startsWith("#") || !(line.startsWith(name + "{") || line.startsWith(name + " "))) {
				continue;
			}
			int close = line.lastIndexOf('}');
			String labelText = close < 0 ? "" : line.substring(name.length() + 1, close);
			if (labels.entrySet().stream().allMatch(label -> labelText.contains(label.getKey() + "=\"" + label.getValue() + "\""))) {
				sum += Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1));
				found = true;
			}
		}
		return found ? OptionalDouble.of(sum) : OptionalDouble.empty();
	}

}
