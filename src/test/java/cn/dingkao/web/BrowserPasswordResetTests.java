package cn.dingkao.web;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import cn.dingkao.message.LogSmsGateway;
import cn.dingkao.message.OutboxSender;
import cn.dingkao.web.account.AccountProvisioner;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;

import static cn.dingkao.web.WebFixtures.P1;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * 忘记密码 in headless Chromium, as a physician meets it (manual §1.3(3)): on the login page, without a session, the
 * account and the code from the phone — read here from the {@code log} gateway's file, delivered by the sender
 * running in the background as under {@code serve} — reset the password; five wrong codes void one; an unknown
 * account gets the very same answer; the session left open elsewhere is ended; the forced change asks for a code
 * again. The new pages at 1024×768 and 360 px. Skipped when /usr/bin/chromium is missing.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "dingkao.data-dir=./target/test-db/web-browser", "dingkao.out-dir=./target/web-browser-out",
				"dingkao.input-dir=./target/web-browser-input", "dingkao.web.progress.max-wait=PT20S" })
@Import(WebTestConfiguration.class)
class BrowserPasswordResetTests {

	private static final String PHONE = "13800001234";

	private static final Pattern CODE = Pattern.compile("验证码为 ([0-9]{6})");

	@LocalServerPort
	int port;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	MutableClock clock;

	@Autowired
	AccountProvisioner provisioner;

	@Autowired
	PasswordEncoder encoder;

	@Autowired
	OutboxSender sender;

	ChromeDriver browser;

	Path profile;

	@BeforeEach
	void start() throws Exception {
		File chromium = new File("/usr/bin/chromium");
		File driver = new File("/usr/bin/chromedriver");
		assumeTrue(chromium.canExecute() && driver.canExecute(),
				"SKIPPED: /usr/bin/chromium or /usr/bin/chromedriver missing (apt-get install -y chromium chromium-driver)");
		WebFixtures.reset(this.jdbc);
		this.provisioner.provisionMissing();
		this.clock.setDate(LocalDate.of(2026, 4, 10));
		this.jdbc.update("UPDATE physician SET mobile = ? WHERE cert_no = ?", PHONE, P1);
		this.jdbc.update("UPDATE account SET password_hash = ?, initial_password = 'N', must_change_password = 'N' "
				+ "WHERE username = ?", this.encoder.encode("Zhang2026ys"), P1);
		// as under serve: the sender delivers in the background, on the node that holds its lease
		this.sender.start();
		this.profile = Files.createTempDirectory("dk-chromium");
		ChromeOptions options = new ChromeOptions();
		options.setBinary(chromium);
		options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
				"--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync",
				"--window-size=1024,768", "--lang=zh-CN", "--user-data-dir=" + this.profile);
		this.browser = new ChromeDriver(new ChromeDriverService.Builder().usingDriverExecutable(driver)
			.usingAnyFreePort()
			.build(), options);
		this.browser.manage().window().setSize(new Dimension(1024, 768));
		this.browser.manage().timeouts().implicitlyWait(Duration.ofSeconds(2));
	}

	@AfterEach
	void stop() {
		if (this.browser != null) {
			this.browser.quit();
		}
	}

	@Test
	@DisplayName("spec §Codes: reset by code without a session; 5 wrong codes void it; the same answer for an unknown account; old sessions ended; forced change with a code")
	void forgottenPassword() throws Exception {
		// the physician is logged in somewhere (another device): that session must end with the reset
		login(P1, "Zhang2026ys");
		assertThat(this.browser.getCurrentUrl()).endsWith("/physician");
		Cookie otherDevice = this.browser.manage().getCookieNamed("JSESSIONID");
		this.browser.manage().deleteAllCookies();

		// no session: 忘记密码 on the login page
		open("/login");
		click("forgot");
		type("code-account", P1);
		click("send-code");
		String answer = text("notice");
		assertThat(answer).contains("如果该账号存在并已绑定手机号", "5 分钟内有效");
		screenshot("password-reset-1024");
		String first = awaitCode(1);

		// five wrong codes void it: the right one is refused afterwards, with the same answer
		String wrong = first.equals("000000") ? "111111" : "000000";
		String refusal = null;
		for (int i = 0; i < 5; i++) {
			reset(P1, wrong);
			refusal = refusal == null ? text("refusal") : refusal;
			assertThat(text("refusal")).isEqualTo(refusal);
		}
		reset(P1, first);
		assertThat(text("refusal")).isEqualTo(refusal).contains("账号或验证码不正确");

		// an unknown account: the very same answer, and nothing is sent
		type("code-account", "110115200001019999");
		click("send-code");
		assertThat(text("notice")).isEqualTo(answer);
		reset("110115200001019999", "123456");
		assertThat(text("refusal")).isEqualTo(refusal);

		// a new code (a minute later: at most one a minute per account), and the reset
		this.clock.advance(Duration.ofSeconds(61));
		type("code-account", P1);
		click("send-code");
		String second = awaitCode(2);
		reset(P1, second);
		assertThat(this.browser.getCurrentUrl()).contains("/login?reset");
		assertThat(text("reset-done")).contains("初始密码");
		assertThat(this.jdbc.queryForObject("SELECT COUNT(*) FROM outbox_message", Integer.class)).isEqualTo(2);

		// the session on the other device is gone
		this.browser.manage().addCookie(otherDevice);
		open("/physician");
		assertThat(this.browser.getCurrentUrl()).contains("/login?ended");
		assertThat(text("session-ended")).contains("您的登录已失效");

		// the initial password leads to the change, which needs a code to the phone
		this.browser.manage().deleteAllCookies();
		login(P1, "011234*Dk");
		assertThat(this.browser.getCurrentUrl()).endsWith("/password");
		assertThat(text("code-phone")).isEqualTo("138****1234");
		screenshot("password-change-code-1024");
		this.clock.advance(Duration.ofSeconds(61));
		click("send-code");
		assertThat(text("notice")).contains("验证码已发送至 138****1234");
		String change = awaitCode(3);
		type("current", "011234*Dk");
		type("next", "Zhang2027ys");
		type("repeat", "Zhang2027ys");
		type("code", change);
		click("change");
		assertThat(this.browser.getPageSource()).contains("密码已修改");
		login(P1, "Zhang2027ys");
		assertThat(this.browser.getCurrentUrl()).endsWith("/physician");
		assertThat(text("my-phone")).isEqualTo("138****1234");
		assertPhoneLayout("/phone", "phone-binding-360");
		click("logout");
		assertPhoneLayout("/password/reset", "password-reset-360");
		assertThat(this.browser.getPageSource()).doesNotContain(PHONE);

		// the district office sees the three codes, masked, with their status
		login("dk110115", "110115*Dk");
		type("current", "110115*Dk");
		type("next", "Daxing2026");
		type("repeat", "Daxing2026");
		click("change");
		login("dk110115", "Daxing2026");
		open("/office/messages");
		assertThat(text("messages")).contains("张医生", "138****1234", "已发送").doesNotContain(PHONE, P1);
		screenshot("office-messages-1024");
		assertPhoneLayout("/office/messages", "office-messages-360");
	}

	/** Waits until the log gateway's file holds {@code count} codes to the phone; the newest. */
	private String awaitCode(int count) throws Exception {
		Path file = ((LogSmsGateway) this.sender.gateway()).file();
		long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
		while (System.nanoTime() < deadline) {
			List<String> codes = Files.exists(file) ? Files.readAllLines(file, StandardCharsets.UTF_8)
				.stream()
				.filter(line -> line.contains("\t" + PHONE + "\t"))
				.map(CODE::matcher)
				.filter(Matcher::find)
				.map(m -> m.group(1))
				.toList() : List.of();
			if (codes.size() >= count + linesBefore) {
				return codes.get(codes.size() - 1);
			}
			Thread.sleep(100);
		}
		throw new AssertionError("no code number " + count + " reached " + file);
	}

	/** Codes to the phone already in the file before this test (the file is kept across runs). */
	private long linesBefore;

	@BeforeEach
	void countEarlierCodes() throws Exception {
		Path file = ((LogSmsGateway) this.sender.gateway()).file();
		this.linesBefore = Files.exists(file) ? Files.readAllLines(file, StandardCharsets.UTF_8)
			.stream()
			.filter(line -> line.contains("\t" + PHONE + "\t") && CODE.matcher(line).find())
			.count() : 0;
	}

	private void reset(String account, String code) {
		type("reset-account", account);
		type("code", code);
		click("reset");
	}

	private void assertPhoneLayout(String path, String name) throws Exception {
		this.browser.executeCdpCommand("Emulation.setDeviceMetricsOverride",
				Map.of("width", 360, "height", 740, "deviceScaleFactor", 2, "mobile", true));
		try {
			open(path);
			JavascriptExecutor js = this.browser;
			long scrollWidth = ((Number) js.executeScript("return document.documentElement.scrollWidth")).longValue();
			long clientWidth = ((Number) js.executeScript("return document.documentElement.clientWidth")).longValue();
			assertThat(scrollWidth).as("%s scrolls sideways at 360 px", path).isLessThanOrEqualTo(clientWidth);
			Number smallest = (Number) js.executeScript("let min = 999; for (const b of document.querySelectorAll("
					+ "'main button, main input')) { const r = b.getBoundingClientRect(); if (r.height > 0) "
					+ "min = Math.min(min, r.height); } return min;");
			assertThat(smallest.doubleValue()).as("touch target height on %s", path).isGreaterThanOrEqualTo(44);
			screenshot(name);
		}
		finally {
			this.browser.executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
		}
	}

	private void login(String user, String password) {
		open("/login");
		type("username", user);
		type("password", password);
		click("login");
	}

	private void open(String path) {
		this.browser.get("http://localhost:" + this.port + path);
	}

	private void type(String id, String value) {
		this.browser.findElement(By.id(id)).clear();
		this.browser.findElement(By.id(id)).sendKeys(value);
	}

	private void click(String id) {
		var element = this.browser.findElement(By.id(id));
		element.click();
		new WebDriverWait(this.browser, Duration.ofSeconds(10)).ignoring(WebDriverException.class)
			.until(ExpectedConditions.stalenessOf(element));
	}

	private String text(String id) {
		return this.browser.findElement(By.id(id)).getText();
	}

	private void screenshot(String name) throws Exception {
		Screenshots.wholePage(this.browser, Path.of("target", "screenshots", name + ".png"));
	}

}
