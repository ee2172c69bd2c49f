package cn.dingkao.web;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Base64;
import java.util.Map;

import cn.dingkao.batch.JobRunner;
import cn.dingkao.batch.RunParameters;
import cn.dingkao.ruling.Cycle;
import cn.dingkao.web.account.AccountProvisioner;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.Job;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import static cn.dingkao.web.WebFixtures.P1;
import static cn.dingkao.web.WebFixtures.P3;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Issue 23 in headless Chromium, April to August: 张医生 (main 大兴区人民医院, also 大兴区中医医院) sees 你的下一步 change as
 * he registers, his main institution approves, both sites rate and confirm and his test result arrives, while the
 * main institution's 有风险 count falls as people act; the morning prediction runs as the schedule would run it. At
 * 1024×768, and the physician's home and the institution's list at 360 px without sideways scrolling. Screenshots go
 * to {@code target/screenshots/}. Skipped when /usr/bin/chromium is missing.
 */
@WebTest
class PredictionBrowserWalkTests {

	private static final File CHROMIUM = new File("/usr/bin/chromium");

	private static final File DRIVER = new File("/usr/bin/chromedriver");

	private static final Path INBOX = Path.of("target/web-browser-predict-input");

	@LocalServerPort
	int port;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	MutableClock clock;

	@Autowired
	AccountProvisioner provisioner;

	@Autowired
	JobRunner jobRunner;

	@Autowired
	@Qualifier("predictJob")
	Job predictJob;

	ChromeDriver browser;

	Path profile;

	@BeforeEach
	void start() throws Exception {
		assumeTrue(CHROMIUM.canExecute() && DRIVER.canExecute(),
				"SKIPPED: /usr/bin/chromium or /usr/bin/chromedriver missing (apt-get install -y chromium chromium-driver)");
		WebFixtures.reset(this.jdbc);
		this.provisioner.provisionMissing();
		Files.createDirectories(INBOX);
		Files.deleteIfExists(INBOX.resolve("exam_attempts.csv"));
		this.profile = Files.createTempDirectory("dk-chromium");
		ChromeOptions options = new ChromeOptions();
		options.setBinary(CHROMIUM);
		options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
				"--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync",
				"--window-size=1024,768", "--lang=zh-CN", "--user-data-dir=" + this.profile);
		ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(DRIVER)
			.usingAnyFreePort()
			.build();
		this.browser = new ChromeDriver(service, options);
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
	@DisplayName("issue 23: April to August — the physician's next step follows the physician, the main institution and a secondary site; the 有风险 count falls")
	void theNextStepThroughTheYear() throws Exception {
		// 04-25, the morning's prediction: both physicians of 大兴区人民医院 must register by 04-30
		morning(LocalDate.of(2026, 4, 25));
		firstLogin("ORG_A000001", "000001*Dk", "Jigou2026a");
		open("/institution/risk");
		assertThat(atRisk()).isEqualTo(2);
		screenshot("prediction-institution-0425-1024");
		logout();

		firstLogin(P1, "011234*Dk", "Zhang2026ys");
		assertNext("报名", "医师本人", "截止 2026-04-30，还有 5 天");
		assertThat(text("predicted-outcome")).isEqualTo("未参加");
		screenshot("prediction-physician-0425-1024");
		assertPhoneLayout("/physician", "prediction-physician-0425-360");
		register("内科专业");
		assertNext("审核", "主要执业机构 大兴区人民医院", "截止 2026-05-24");
		logout();

		// the count falls as each physician registers (the list is predicted again on every change)
		login("ORG_A000001", "Jigou2026a");
		open("/institution/risk");
		assertThat(atRisk()).isEqualTo(1);
		logout();
		firstLogin(P3, "073456*Dk", "Wang2026ys");
		register("外科专业");
		logout();
		login("ORG_A000001", "Jigou2026a");
		open("/institution/risk");
		assertThat(atRisk()).isZero();

		// 05-20, REVIEW: the main institution approves both
		this.clock.setDate(LocalDate.of(2026, 5, 20));
		open("/institution/physicians?status=SUBMITTED");
		this.browser.findElement(By.id("select-" + P1)).click();
		this.browser.findElement(By.id("select-" + P3)).click();
		click("batch-approve");
		click("confirm-yes");
		logout();
		login(P1, "Zhang2026ys");
		assertNext("评价", "主要执业机构 大兴区人民医院", "截止 2026-06-26");
		this.browser.findElement(By.cssSelector("#next-step details summary")).click();
		assertThat(text("next-step")).contains("其他执业机构 大兴区中医医院", "之后您本人要做的：测评");
		logout();

		// 06-22, the morning's prediction: both sites' ratings fall due within 7 days
		morning(LocalDate.of(2026, 6, 22));
		login("ORG_A000001", "Jigou2026a");
		open("/institution/risk");
		assertThat(atRisk()).isEqualTo(2);
		open("/institution/ratings");
		for (String certNo : new String[] { P1, P3 }) {
			new Select(this.browser.findElement(By.id("ethics-" + certNo))).selectByValue("PASS");
			new Select(this.browser.findElement(By.id("performance-" + certNo))).selectByValue("PASS");
		}
		click("save-ratings");
		open("/institution/risk");
		// 王医生 now waits for the confirmation (06-30, eight days on); 张医生 for his other site's rating (06-26)
		assertThat(atRisk()).isEqualTo(1);
		screenshot("prediction-institution-0622-1024");
		assertPhoneLayout("/institution/risk", "prediction-institution-0622-360");
		logout();

		login(P1, "Zhang2026ys");
		assertNext("评价", "其他执业机构 大兴区中医医院", "截止 2026-06-26，还有 4 天");
		logout();

		// the secondary site rates him
		firstLogin("ORG_B000002", "000002*Dk", "Jigou2026b");
		open("/institution/risk?view=MINE");
		assertThat(this.browser.findElement(By.id("risk-list")).getText()).contains("张医生");
		open("/institution/ratings");
		new Select(this.browser.findElement(By.id("ethics-" + P1))).selectByValue("PASS");
		new Select(this.browser.findElement(By.id("performance-" + P1))).selectByValue("PASS");
		click("save-ratings");
		logout();

		login(P1, "Zhang2026ys");
		assertNext("确认", "主要执业机构 大兴区人民医院", "截止 2026-06-30");
		logout();
		login("ORG_A000001", "Jigou2026a");
		open("/institution/risk");
		assertThat(atRisk()).isZero();

		// 06-28, CONFIRMATION: both sites confirm
		this.clock.setDate(LocalDate.of(2026, 6, 28));
		open("/institution/ratings");
		click("confirm-ratings");
		click("confirm-yes");
		logout();
		login("ORG_B000002", "Jigou2026b");
		open("/institution/ratings");
		click("confirm-ratings");
		click("confirm-yes");
		logout();
		login(P1, "Zhang2026ys");
		assertNext("测评", "医师本人", "截止 2026-07-31");
		assertThat(text("next-step-what")).contains("还剩 3 次");
		logout();

		// July: the exam platform's export arrives; the morning's run imports it and 张医生 has nothing left to do
		Files.writeString(INBOX.resolve("exam_attempts.csv"),
				"cert_no,cycle_year,attempt_no,mode,specialty,law_score,specialty_score,passed,taken_at,exam_org_code\n"
						+ P1 + ",2026,1,ONLINE,内科专业,92,85,Y,2026-07-08 10:00:00,\n");
		morning(LocalDate.of(2026, 7, 9));
		login(P1, "Zhang2026ys");
		assertThat(this.browser.findElements(By.id("next-step-label"))).isEmpty();
		assertThat(text("predicted-outcome")).isEqualTo("合格");
		assertThat(text("next-step-summary")).contains("各项考核均已完成");
		screenshot("prediction-physician-0709-1024");
		logout();

		// August, after CLOSE: no next step any more; the page leads with the cycle's information again
		this.clock.setDate(LocalDate.of(2026, 8, 11));
		login(P1, "Zhang2026ys");
		assertThat(this.browser.findElements(By.id("next-step"))).isEmpty();
		logout();
	}

	/** The morning's prediction for the day, as the schedule runs it (the inbox imported first). */
	private void morning(LocalDate day) throws Exception {
		this.clock.setDate(day);
		var parameters = RunParameters.of(Cycle.of("2026"), day, INBOX, Path.of("target/web-browser-predict-out"))
			.toJobParameters();
		assertThat(this.jobRunner.run(this.predictJob, parameters, true).execution().getStatus())
			.isEqualTo(BatchStatus.COMPLETED);
	}

	private long atRisk() {
		return Long.parseLong(text("at-risk-total"));
	}

	private void assertNext(String step, String who, String when) {
		open("/physician");
		assertThat(text("next-step-label")).isEqualTo(step);
		assertThat(text("next-step-who")).isEqualTo(who);
		assertThat(text("next-step-deadline")).contains(when);
	}

	private void register(String specialty) {
		open("/physician");
		click("confirm-PERSONAL");
		click("confirm-PRACTICE");
		click("confirm-MULTISITE");
		new Select(this.browser.findElement(By.id("specialty"))).selectByVisibleText(specialty);
		click("submit-application");
		assertThat(text("application-status")).isEqualTo("已提交待审核");
	}

	/** Opens the page as a 360 px phone, checks it does not scroll sideways, saves a screenshot. */
	private void assertPhoneLayout(String path, String name) throws Exception {
		this.browser.executeCdpCommand("Emulation.setDeviceMetricsOverride",
				Map.of("width", 360, "height", 740, "deviceScaleFactor", 2, "mobile", true));
		try {
			open(path);
			JavascriptExecutor js = this.browser;
			long scrollWidth = ((Number) js.executeScript("return document.documentElement.scrollWidth")).longValue();
			long clientWidth = ((Number) js.executeScript("return document.documentElement.clientWidth")).longValue();
			assertThat(scrollWidth).as("%s scrolls sideways at 360 px", path).isLessThanOrEqualTo(clientWidth);
			screenshot(name);
		}
		finally {
			this.browser.executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
		}
	}

	private void firstLogin(String user, String initial, String next) {
		login(user, initial);
		assertThat(this.browser.getCurrentUrl()).endsWith("/password");
		type("current", initial);
		type("next", next);
		type("repeat", next);
		click("change");
		login(user, next);
	}

	private void login(String user, String password) {
		open("/login");
		type("username", user);
		type("password", password);
		click("login");
	}

	private void logout() {
		click("logout");
	}

	private void open(String path) {
		this.browser.get("http://localhost:" + this.port + path);
	}

	private void type(String id, String value) {
		this.browser.findElement(By.id(id)).clear();
		this.browser.findElement(By.id(id)).sendKeys(value);
	}

	private void click(String id) {
		WebElement element = this.browser.findElement(By.id(id));
		element.click();
		new WebDriverWait(this.browser, Duration.ofSeconds(20)).ignoring(WebDriverException.class)
			.until(ExpectedConditions.stalenessOf(element));
	}

	private String text(String id) {
		return this.browser.findElement(By.id(id)).getText();
	}

	private void screenshot(String name) throws Exception {
		Screenshots.wholePage(this.browser, Path.of("target", "screenshots", name + ".png"));
		this.browser.navigate().refresh();
	}

}
