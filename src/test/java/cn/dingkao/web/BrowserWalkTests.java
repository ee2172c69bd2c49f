package cn.dingkao.web;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;

import cn.dingkao.web.account.AccountProvisioner;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
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
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The year in order, in headless Chromium (from the OS: Selenium Manager never downloads anything):
 * a physician registers, the institution approves, rates and confirms, the office runs the night and
 * downloads its workbook, the physician sees the result. Skipped when /usr/bin/chromium is missing.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "dingkao.data-dir=./target/test-db/web-browser", "dingkao.out-dir=./target/web-browser-out",
		"dingkao.input-dir=./target/web-browser-input" })
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

	WebDriver browser;

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
				"--window-size=1024,768", "--user-data-dir=" + this.profile);
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
	@DisplayName("spec §Web: the year in order — register, approve, rate, confirm, run, download, see the result")
	void theYearInOrder() throws Exception {
		this.clock.setDate(LocalDate.of(2026, 4, 10));
		firstLogin(P1, "011234*Dk", "Yisheng2026");
		click("confirm-PERSONAL");
		click("confirm-PRACTICE");
		click("confirm-MULTISITE");
		new Select(this.browser.findElement(By.id("specialty"))).selectByVisibleText("心血管内科专业");
		click("submit-application");
		assertThat(text("application-status")).isEqualTo("已提交待审核");
		screenshot("physician-home");
		logout();

		this.clock.setDate(LocalDate.of(2026, 5, 3));
		firstLogin("ORG_A000001", "000001*Dk", "Jigou2026a");
		open("/institution/physicians?status=SUBMITTED");
		this.browser.findElement(By.cssSelector("input[name=certNo][value='" + P1 + "']")).click();
		screenshot("institution-physicians");
		click("batch-approve");
		assertThat(this.browser.getPageSource()).contains("审核通过 1 人");

		this.clock.setDate(LocalDate.of(2026, 6, 1));
		open("/institution/ratings");
		new Select(this.browser.findElement(By.id("ethics-" + P1))).selectByValue("PASS");
		new Select(this.browser.findElement(By.id("performance-" + P1))).selectByValue("PASS");
		click("save-ratings");
		assertThat(this.browser.getPageSource()).contains("已保存 1 名医师的评价");

		this.clock.setDate(LocalDate.of(2026, 6, 28));
		open("/institution/ratings");
		click("confirm-ratings");
		assertThat(this.browser.getPageSource()).contains("已确认 1 条评价");
		logout();

		// the physician also practises at ORG_B: every Beijing site rates (plan §二(四))
		this.clock.setDate(LocalDate.of(2026, 6, 2));
		firstLogin("ORG_B000002", "000002*Dk", "Jigou2026b");
		open("/institution/ratings");
		new Select(this.browser.findElement(By.id("ethics-" + P1))).selectByValue("PASS");
		new Select(this.browser.findElement(By.id("performance-" + P1))).selectByValue("PASS");
		click("save-ratings");
		this.clock.setDate(LocalDate.of(2026, 6, 29));
		open("/institution/ratings");
		click("confirm-ratings");
		assertThat(this.browser.getPageSource()).contains("已确认 1 条评价");
		logout();

		// July: the exam platform's export arrives in the inbox the nightly run reads
		Path inbox = Files.createDirectories(Path.of("target/web-browser-input"));
		Files.writeString(inbox.resolve("exam_attempts.csv"),
				"cert_no,cycle_year,attempt_no,mode,specialty,law_score,specialty_score,passed,taken_at,exam_org_code\n"
						+ P1 + ",2026,1,ONLINE,心血管内科专业,92,85,Y,2026-07-08 10:00:00,\n");

		this.clock.setDate(LocalDate.of(2026, 8, 2));
		firstLogin("dk110115", "110115*Dk", "Daxing2026");
		open("/office/runs");
		click("start-run");
		new WebDriverWait(this.browser, Duration.ofSeconds(20)).until(driver -> {
			driver.navigate().refresh();
			return !driver.findElements(By.className("run-link")).isEmpty();
		});
		this.browser.findElement(By.className("run-link")).click();
		new WebDriverWait(this.browser, Duration.ofSeconds(20))
			.until(driver -> driver.findElement(By.id("run-status")).getText().startsWith("COMPLETED"));
		assertThat(this.browser.findElement(By.id("steps")).getText()).contains("summary");
		open("/office/downloads");
		assertThat(this.browser.findElements(By.className("download"))).extracting(e -> e.getText())
			.containsExactly("110115_大兴区_定考汇总_20260802.xlsx");
		screenshot("office-downloads");
		logout();

		login(P1, "Yisheng2026");
		assertThat(this.browser.findElement(By.cssSelector("#results td.outcome")).getText()).isEqualTo("合格");
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
		var button = this.browser.findElement(By.cssSelector("header form button"));
		button.click();
		awaitNextPage(button);
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

	private void screenshot(String name) throws Exception {
		Path target = Path.of("target", "screenshots", name + ".png");
		Files.createDirectories(target.getParent());
		Files.write(target, ((TakesScreenshot) this.browser).getScreenshotAs(OutputType.BYTES));
	}

}
