package cn.dingkao.web;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Base64;
import java.util.Map;

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

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;

import static cn.dingkao.web.WebFixtures.P1;
import static cn.dingkao.web.WebFixtures.P3;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The year in order, in headless Chromium (from the OS: Selenium Manager never downloads anything): physicians
 * register, the institution returns one application and the physician corrects and resubmits it, the
 * institution approves, rates one physician 不合格 and gives "all pass" to the rest (the 不合格 stays), both sites
 * confirm, the office runs the night and downloads its workbook, and each physician reads the result in words —
 * at 1024×768 and on a 360 px phone, where the page must not scroll sideways. Screenshots go to
 * {@code target/screenshots/} for a person to look at. Skipped when /usr/bin/chromium is missing.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "dingkao.data-dir=./target/test-db/web-browser", "dingkao.out-dir=./target/web-browser-out",
		"dingkao.input-dir=./target/web-browser-input", "dingkao.web.progress.max-wait=PT20S" })
@Import(WebTestConfiguration.class)
class BrowserWalkTests {

	private static final File CHROMIUM = new File("/usr/bin/chromium");

	private static final File DRIVER = new File("/usr/bin/chromedriver");

	@LocalServerPort
	int port;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	MutableClock clock;

	@Autowired
	AccountProvisioner provisioner;

	ChromeDriver browser;

	Path profile;

	@BeforeEach
	void start() throws Exception {
		assumeTrue(CHROMIUM.canExecute() && DRIVER.canExecute(),
				"SKIPPED: /usr/bin/chromium or /usr/bin/chromedriver missing (apt-get install -y chromium chromium-driver)");
		WebFixtures.reset(this.jdbc);
		this.provisioner.provisionMissing();
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
	@DisplayName("spec §Web: the year in order — register, return and resubmit, approve, rate with all pass, confirm, run, results on a phone")
	void theYearInOrder() throws Exception {
		// April: two physicians of 大兴区人民医院 register
		this.clock.setDate(LocalDate.of(2026, 4, 10));
		firstLogin(P1, "011234*Dk", "Zhang2026ys");
		confirmSections();
		new Select(this.browser.findElement(By.id("specialty"))).selectByVisibleText("内科专业");
		click("submit-application");
		assertThat(text("application-status")).isEqualTo("已提交待审核");
		screenshot("physician-home-1024");
		logout();
		firstLogin(P3, "073456*Dk", "Wang2026ys");
		confirmSections();
		new Select(this.browser.findElement(By.id("specialty"))).selectByVisibleText("外科专业");
		click("submit-application");
		logout();

		// May, REVIEW: the main institution returns 张医生's application with a reason
		this.clock.setDate(LocalDate.of(2026, 5, 3));
		firstLogin("ORG_A000001", "000001*Dk", "Jigou2026a");
		open("/institution/physicians/" + P1);
		assertThat(text("scopes")).isEqualTo("内科专业");
		type("return-reason", "请改报心血管内科专业");
		click("return");
		assertThat(text("status")).isEqualTo("已打回");
		logout();

		// the physician reads the reason, corrects the specialty and submits again, still in REVIEW
		this.clock.setDate(LocalDate.of(2026, 5, 4));
		login(P1, "Zhang2026ys");
		assertThat(text("return-reason")).contains("请改报心血管内科专业");
		new Select(this.browser.findElement(By.id("specialty"))).selectByVisibleText("心血管内科专业");
		screenshot("physician-returned-1024");
		click("submit-application");
		assertThat(text("application-status")).isEqualTo("已提交待审核");
		logout();

		// the institution approves both in one batch, through the confirmation page
		login("ORG_A000001", "Jigou2026a");
		open("/institution/physicians?status=SUBMITTED");
		this.browser.findElement(By.id("select-" + P1)).click();
		this.browser.findElement(By.id("select-" + P3)).click();
		screenshot("institution-physicians-1024");
		assertPhoneLayout("/institution/physicians?status=SUBMITTED", "institution-physicians-360");
		open("/institution/physicians?status=SUBMITTED");
		this.browser.findElement(By.id("select-" + P1)).click();
		this.browser.findElement(By.id("select-" + P3)).click();
		click("batch-approve");
		assertThat(text("confirm-message")).contains("将审核通过以下 2 名医师");
		click("confirm-yes");
		assertThat(text("notice")).contains("审核通过 2 人");

		// June, EVALUATION: 王医生 rated 不合格, then "all pass" for the rest of the list
		this.clock.setDate(LocalDate.of(2026, 6, 1));
		open("/institution/ratings");
		new Select(this.browser.findElement(By.id("ethics-" + P3))).selectByValue("FAIL");
		new Select(this.browser.findElement(By.id("performance-" + P3))).selectByValue("FAIL");
		click("save-ratings");
		assertThat(text("notice")).contains("已保存 1 名医师的评价");
		click("all-pass");
		assertThat(text("all-pass-count")).contains("尚未评价的 1 名医师");
		assertThat(text("all-pass-kept")).contains("已评价的 1 名医师（包括评为不合格的）保持原评价");
		click("all-pass-confirm");
		assertThat(selected("ethics-" + P3)).isEqualTo("不合格");
		assertThat(selected("performance-" + P3)).isEqualTo("不合格");
		assertThat(selected("ethics-" + P1)).isEqualTo("合格");
		screenshot("institution-ratings-1024");
		assertPhoneLayout("/institution/ratings", "institution-ratings-360");

		this.clock.setDate(LocalDate.of(2026, 6, 28));
		open("/institution/ratings");
		click("confirm-ratings");
		click("confirm-yes");
		assertThat(text("notice")).contains("已确认 2 条评价");
		logout();

		// 张医生 also practises at 大兴区中医医院: every Beijing site rates (plan §二(四))
		this.clock.setDate(LocalDate.of(2026, 6, 2));
		firstLogin("ORG_B000002", "000002*Dk", "Jigou2026b");
		open("/institution/ratings");
		new Select(this.browser.findElement(By.id("ethics-" + P1))).selectByValue("PASS");
		new Select(this.browser.findElement(By.id("performance-" + P1))).selectByValue("PASS");
		click("save-ratings");
		this.clock.setDate(LocalDate.of(2026, 6, 29));
		open("/institution/ratings");
		click("confirm-ratings");
		click("confirm-yes");
		assertThat(text("notice")).contains("已确认 1 条评价");
		logout();

		// July: the exam platform's export arrives in the inbox the nightly run reads
		Path inbox = Files.createDirectories(Path.of("target/web-browser-input"));
		Files.writeString(inbox.resolve("exam_attempts.csv"),
				"cert_no,cycle_year,attempt_no,mode,specialty,law_score,specialty_score,passed,taken_at,exam_org_code\n"
						+ P1 + ",2026,1,ONLINE,心血管内科专业,92,85,Y,2026-07-08 10:00:00,\n"
						+ P3 + ",2026,1,ONLINE,外科专业,90,80,Y,2026-07-09 10:00:00,\n");

		// August: the district office runs the night and watches it in Chinese
		this.clock.setDate(LocalDate.of(2026, 8, 2));
		firstLogin("dk110115", "110115*Dk", "Daxing2026");
		open("/office/runs");
		click("start-run");
		new WebDriverWait(this.browser, Duration.ofSeconds(60)).until(driver -> {
			driver.navigate().refresh();
			return !driver.findElements(By.className("run-link")).isEmpty();
		});
		this.browser.findElement(By.className("run-link")).click();
		new WebDriverWait(this.browser, Duration.ofSeconds(180)).ignoring(WebDriverException.class)
			.until(driver -> driver.findElement(By.id("run-status")).getText().equals("已完成"));
		assertThat(this.browser.findElement(By.id("steps")).getText()).contains("汇总表", "导入「应考医师」");
		screenshot("office-run-1024");
		open("/office/downloads");
		assertThat(this.browser.findElements(By.className("download"))).extracting(WebElement::getText)
			.containsExactly("110115_大兴区_定考汇总_20260802.xlsx");
		open("/office");
		assertThat(this.browser.findElement(By.id("totals")).getText()).contains("大兴区");
		screenshot("office-dashboard-1024");
		logout();

		// each physician reads the result, at 1024×768 and on a phone
		login(P1, "Zhang2026ys");
		assertThat(this.browser.findElement(By.cssSelector("#results .outcome")).getText()).isEqualTo("合格");
		open("/physician#results");
		screenshot("physician-result-1024");
		assertPhoneLayout("/physician", "physician-home-360");
		logout();
		login(P3, "Wang2026ys");
		assertThat(this.browser.findElement(By.cssSelector("#results .outcome")).getText()).isEqualTo("不合格");
		assertThat(this.browser.findElement(By.id("results")).getText()).contains("职业道德考核不合格", "怎么办：");
		assertPhoneLayout("/physician#results", "physician-result-360");
		logout();
	}

	/** Opens the page as a 360 px phone, checks it does not scroll sideways and keeps text readable, saves a screenshot. */
	private void assertPhoneLayout(String path, String name) throws Exception {
		this.browser.executeCdpCommand("Emulation.setDeviceMetricsOverride",
				Map.of("width", 360, "height", 740, "deviceScaleFactor", 2, "mobile", true));
		try {
			open(path);
			JavascriptExecutor js = this.browser;
			assertThat(((Number) js.executeScript("return window.innerWidth")).intValue()).isEqualTo(360);
			long scrollWidth = ((Number) js.executeScript("return document.documentElement.scrollWidth")).longValue();
			long clientWidth = ((Number) js.executeScript("return document.documentElement.clientWidth")).longValue();
			assertThat(scrollWidth).as("%s scrolls sideways at 360 px", path).isLessThanOrEqualTo(clientWidth);
			double fontSize = ((Number) js.executeScript(
					"return parseFloat(getComputedStyle(document.body).fontSize)")).doubleValue();
			assertThat(fontSize).as("body text size at 360 px").isGreaterThanOrEqualTo(15);
			Number smallestButton = (Number) js.executeScript("let min = 999; for (const b of document.querySelectorAll("
					+ "'main button, main .button')) { const r = b.getBoundingClientRect(); if (r.height > 0) "
					+ "min = Math.min(min, r.height); } return min;");
			assertThat(smallestButton.doubleValue()).as("touch target height").isGreaterThanOrEqualTo(44);
			fullPageScreenshot(name);
		}
		finally {
			this.browser.executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
		}
	}

	private void confirmSections() {
		click("confirm-PERSONAL");
		click("confirm-PRACTICE");
		click("confirm-MULTISITE");
	}

	private void firstLogin(String user, String initial, String next) {
		login(user, initial);
		assertThat(this.browser.getCurrentUrl()).endsWith("/password");
		type("current", initial);
		type("next", next);
		type("repeat", next);
		click("change");
		assertThat(this.browser.getPageSource()).contains("密码已修改");
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

	/** Clicks and waits for the page it leads to, so the next step never acts on the old page. */
	private void click(String id) {
		var element = this.browser.findElement(By.id(id));
		element.click();
		awaitNextPage(element);
	}

	/**
	 * Waits until the clicked element belongs to a page that is gone. While the new page is being attached,
	 * Chromium may answer "Node with given id does not belong to the document" (an unknown error, not a stale
	 * reference), so such errors are polled through instead of failing the walk.
	 */
	private void awaitNextPage(WebElement clicked) {
		new WebDriverWait(this.browser, Duration.ofSeconds(10)).ignoring(WebDriverException.class)
			.until(ExpectedConditions.stalenessOf(clicked));
	}

	private String text(String id) {
		return this.browser.findElement(By.id(id)).getText();
	}

	private String selected(String id) {
		return new Select(this.browser.findElement(By.id(id))).getFirstSelectedOption().getText();
	}

	private void screenshot(String name) throws Exception {
		fullPageScreenshot(name);
	}

	/** The whole page, not only the window, so a reviewer sees everything a user would scroll to. */
	private void fullPageScreenshot(String name) throws Exception {
		Path target = Path.of("target", "screenshots", name + ".png");
		Files.createDirectories(target.getParent());
		Map<String, Object> shot = this.browser.executeCdpCommand("Page.captureScreenshot",
				Map.of("format", "png", "captureBeyondViewport", true));
		Files.write(target, Base64.getDecoder().decode((String) shot.get("data")));
	}

}
