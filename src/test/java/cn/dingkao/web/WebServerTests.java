package cn.dingkao.web;

import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import cn.dingkao.web.account.AccountProvisioner;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The real server (Tomcat) as a browser meets it: error pages go through the servlet container's error dispatch,
 * which MockMvc does not do, and the session cookie's Secure flag behind an https proxy is Tomcat's decision.
 */
@WebTest
class WebServerTests {

	private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

	@LocalServerPort
	int port;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	AccountProvisioner provisioner;

	@Autowired
	PasswordEncoder encoder;

	private HttpClient client;

	@BeforeEach
	void fixtures() {
		WebFixtures.reset(this.jdbc);
		this.provisioner.provisionMissing();
		this.jdbc.update("update account set password_hash = ?, initial_password = 'N', must_change_password = 'N' "
				+ "where username = 'ORG_A000001'", this.encoder.encode("Jigou2026a"));
		this.client = HttpClient.newBuilder().cookieHandler(new CookieManager())
			.followRedirects(HttpClient.Redirect.NEVER)
			.build();
	}

	@Test
	@DisplayName("issue 11: 400, 403 and 404 from the real server are Chinese pages in the site's layout, never Whitelabel")
	void errorPagesThroughTheContainer() throws Exception {
		login("ORG_A000001", "Jigou2026a", false);
		expectPage(get("/institution/no-such-page"), 404, "页面不存在");
		expectPage(get("/office"), 403, "没有权限");
		expectPage(get("/institution/physicians?page=abc"), 400, "请求有误");
		expectPage(get("/institution/physicians?page=99999999999999999999"), 400, "请求有误");
		HttpResponse<String> last = get("/institution/physicians?page=2147483647");
		assertThat(last.statusCode()).isEqualTo(200);
		assertThat(last.body()).contains("第 <span>1</span> / <span>1</span> 页");
		assertThat(last.headers().firstValue("Content-Language")).hasValue("zh-CN");
	}

	@Test
	@DisplayName("issue 11: behind an https proxy (X-Forwarded-Proto) the session cookie is Secure by default; over plain http not")
	void secureCookieBehindHttps() throws Exception {
		assertThat(login("ORG_A000001", "Jigou2026a", true)).contains("Secure");
		this.client = HttpClient.newBuilder().cookieHandler(new CookieManager())
			.followRedirects(HttpClient.Redirect.NEVER)
			.build();
		assertThat(login("ORG_A000001", "Jigou2026a", false)).doesNotContain("Secure").contains("HttpOnly");
	}

	private void expectPage(HttpResponse<String> response, int status, String heading) {
		assertThat(response.statusCode()).as(response.uri().toString()).isEqualTo(status);
		assertThat(response.body()).contains(heading, "北京市医师定期考核系统", "回到首页")
			.doesNotContain("Whitelabel", "Exception", "at org.");
	}

	/** @return the session cookie the login set */
	private String login(String user, String password, boolean behindHttps) throws Exception {
		HttpResponse<String> form = get("/login");
		Matcher csrf = CSRF.matcher(form.body());
		assertThat(csrf.find()).isTrue();
		String body = "username=" + user + "&password=" + password + "&_csrf=" + csrf.group(1);
		HttpRequest.Builder request = HttpRequest.newBuilder(uri("/login"))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(body));
		if (behindHttps) {
			request.header("X-Forwarded-Proto", "https");
		}
		HttpResponse<String> response = this.client.send(request.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(response.statusCode()).isEqualTo(302);
		assertThat(response.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).doesNotContain("error"));
		return response.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("JSESSIONID")).findFirst()
			.orElseThrow();
	}

	private HttpResponse<String> get(String path) throws Exception {
		return this.client.send(HttpRequest.newBuilder(uri(path)).header("Accept", "text/html").GET().build(),
				HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
	}

	private URI uri(String path) {
		return URI.create("http://localhost:" + this.port + path);
	}

}
