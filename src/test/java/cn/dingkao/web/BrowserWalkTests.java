package cn.dingkao.web;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import cn.dingkao.ruling.CertNumbers;
import cn.dingkao.ruling.Cycle;
import cn.dingkao.ruling.CycleCalendar;
import cn.dingkao.ruling.Phase;
import cn.dingkao.system.CycleCalendars;
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
import org.springframework.util.FileSystemUtils;

import static cn.dingkao.web.WebFixtures.P1;
import static cn.dingkao.web.WebFixtures.P3;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The year in order, in headless Chromium (from the OS: Selenium Manager never downloads anything): physicians
 * register, the institution returns one application (through its confirmation) and the physician corrects and
 * resubmits it, the institution approves, rates one physician 不合格 and gives "all pass" to the rest (the 不合格
 * stays), both sites confirm, the district office runs the night during VERIFICATION, the city office runs it
 * after CLOSE and delivers, and each physician reads the result in words.
 * <p>
 * On each day the issue walked (04-10, 05-10, 06-01, 06-28, 08-05, 08-11) every page of every role — physician,
 * institution, district office, city office — is looked at at 1024×768 and as a 360×740 phone, and each must keep
 * the rules of {@link PageInspection}: no English outside identifiers, no raw enum or step key, no sideways scroll,
 * identifiers on one line, every visible action allowed that day and no greyed-out control, every time on the one
 * clock. Every page's screenshot goes to {@code target/screenshots/walk/<MMdd>/} (docs/web.md says how to look at
 * them). Skipped when /usr/bin/chromium is missing.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "dingkao.data-dir=./target/test-db/web-browser", "dingkao.out-dir=./target/web-browser-out",
		"dingkao.input-dir=./target/web-browser-input", "dingkao.web.progress.max-wait=PT20S" })
@Import(WebTestConfiguration.class)
class BrowserWalkTests {

	private static final File CHROMIUM = new File("/usr/bin/chromium");

	private static final File DRIVER = new File("/usr/bin/chromedriver");

	private static final Path SCREENSHOTS = Path.of("target", "screenshots", "walk");

	/** The days the issue walked: one in each phase that matters, and the day after CLOSE. */
	private static final List<LocalDate> DAYS = List.of(LocalDate.of(2026, 4, 10), LocalDate.of(2026, 5, 10),
			LocalDate.of(2026, 6, 1), LocalDate.of(2026, 6, 28), LocalDate.of(2026, 8, 5), LocalDate.of(2026, 8, 11));

	private static final String ORG_CROWD = "PDA10021X11011511A1234";

	@LocalServerPort
	int port;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	MutableClock clock;

	@Autowired
	AccountProvisioner provisioner;

	@Autowired
	CycleCalendars calendars;

	ChromeDriver browser;

	Path profile;

	/** Everything a sweep found wrong, reported together at the end so one run shows every page's problems. */
	final List<String> problems = new ArrayList<>();

	long timeInspect;

	long timeShots;

	long timeOpen;

	@BeforeEach
	void start() throws Exception {
		assumeTrue(CHROMIUM.canExecute() && DRIVER.canExecute(),
				"SKIPPED: /usr/bin/chromium or /usr/bin/chromedriver missing (apt-get install -y chromium chromium-driver)");
		WebFixtures.reset(this.jdbc);
		// workbooks and deliveries of an earlier run of this test would be listed too
		for (String table : new String[] { "feed_delivered_row", "feed_delivery", "feed_counter" }) {
			this.jdbc.update("DELETE FROM " + table);
		}
		FileSystemUtils.deleteRecursively(Path.of("target/web-browser-out"));
		FileSystemUtils.deleteRecursively(Path.of("target/web-browser-input"));
		FileSystemUtils.deleteRecursively(SCREENSHOTS);
		crowd();
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
	void stop() throws Exception {
		if (this.browser != null) {
			this.browser.quit();
		}
		contactSheet();
	}

	/** index.html beside the screenshots: a section per day, a row per page, 1024 px beside the phone. */
	private static void contactSheet() throws Exception {
		if (!Files.isDirectory(SCREENSHOTS)) {
			return;
		}
		StringBuilder html = new StringBuilder("<!DOCTYPE html><html lang=\"zh-CN\"><meta charset=\"UTF-8\">"
				+ "<title>定考系统：浏览器走查截图</title><style>body{font:14px sans-serif;margin:16px}"
				+ "td{vertical-align:top;padding:4px}img{border:1px solid #ccc}</style><h1>浏览器走查截图</h1>");
		try (var days = Files.list(SCREENSHOTS)) {
			for (Path day : days.filter(Files::isDirectory).sorted().toList()) {
				html.append("<h2>").append(day.getFileName()).append("</h2><table>");
				try (var shots = Files.list(day)) {
					List<String> names = shots.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".png")).sorted().toList();
					for (String name : names) {
						if (name.endsWith("-360.png") && names.contains(name.replace("-360.png", "-1024.png"))) {
							continue;
						}
						String phone = name.replace("-1024.png", "-360.png");
						html.append("<tr><td>").append(name.replace(".png", "")).append("</td><td>").append(image(day, name, 480));
						if (!phone.equals(name) && names.contains(phone)) {
							html.append("</td><td>").append(image(day, phone, 240));
						}
						html.append("</td></tr>");
					}
				}
				html.append("</table>");
			}
		}
		Files.writeString(SCREENSHOTS.resolve("index.html"), html.append("</html>").toString());
	}

	private static String image(Path day, String name, int width) {
		String src = day.getFileName() + "/" + name;
		return "<a href=\"" + src + "\"><img src=\"" + src + "\" width=\"" + width + "\" loading=\"lazy\"></a>";
	}

	/**
	 * Who walks: each role's account, its password after the first login, and the pages it has ({@code {name, path}},
	 * or {@code {name, path, "once"}} for a page the phases do not change, looked at on the first day only).
	 */
	private record Walker(String name, String account, String initial, String password, Role role, String shownAs,
			List<String[]> pages) {
	}

	private final Walker physician = new Walker("physician", P1, "011234*Dk", "Zhang2026ys", Role.PHYSICIAN, "张医生",
			List.of(new String[] { "home", "/physician" }, new String[] { "phone", "/phone", "once" }));

	private final Walker institution = new Walker("institution", "ORG_A000001", "000001*Dk", "Jigou2026a",
			Role.INSTITUTION, "大兴区人民医院", List.of(new String[] { "profile", "/institution/profile" },
					new String[] { "physicians", "/institution/physicians" },
					new String[] { "review", "/institution/physicians?status=SUBMITTED" },
					new String[] { "physician", "/institution/physicians/" + P1 },
					new String[] { "hidden", "/institution/hidden" }, new String[] { "ratings", "/institution/ratings" },
					new String[] { "delegated", "/institution/delegated", "once" },
					new String[] { "results", "/institution/results" }, new String[] { "password", "/password", "once" }));

	private final Walker district = new Walker("district", "dk110115", "110115*Dk", "Daxing2026", Role.DISTRICT,
			"大兴区定考办", officePages(false));

	private final Walker city = new Walker("city", "dk110000", "110000*Dk", "Shiban2026", Role.CITY, "北京市定考办",
			officePages(true));

	private static List<String[]> officePages(boolean city) {
		List<String[]> pages = new ArrayList<>(List.of(new String[] { "dashboard", "/office" },
				new String[] { "assessment", "/office/assessment" }, new String[] { "delegations", "/office/delegations" },
				new String[] { "accounts", "/office/accounts", "once" }, new String[] { "runs", "/office/runs" },
				new String[] { "run", "/office/runs/LATEST" }, new String[] { "downloads", "/office/downloads" },
				new String[] { "audit", "/office/audit" }, new String[] { "messages", "/office/messages" }));
		if (city) {
			pages.add(new String[] { "feed", "/office/feed" });
		}
		return pages;
	}

	@Test
	@DisplayName("issue 25: every role on 04-10, 05-10, 06-01, 06-28, 08-05, 08-11 at 1024 px and 360 px — the year in order")
	void theYearInOrder() throws Exception {
		long started = System.nanoTime();
		// April: every account changes its initial password once; two physicians of 大兴区人民医院 register
		this.clock.setDate(DAYS.get(0));
		for (Walker walker : List.of(this.institution, this.district, this.city)) {
			firstLogin(walker.account(), walker.initial(), walker.password());
			logout();
		}
		firstLogin("ORG_B000002", "000002*Dk", "Jigou2026b");
		logout();
		firstLogin(P1, "011234*Dk", "Zhang2026ys");
		confirmSections();
		new Select(this.browser.findElement(By.id("specialty"))).selectByVisibleText("内科专业");
		click("submit-application");
		assertThat(text("application-status")).isEqualTo("已提交待审核");
		// submitted: the form is locked until the institution returns it
		assertThat(this.browser.findElements(By.id("submit-application"))).isEmpty();
		assertThat(text("application-locked")).contains("等待主要执业机构审核");
		logout();
		firstLogin(P3, "073456*Dk", "Wang2026ys");
		confirmSections();
		new Select(this.browser.findElement(By.id("specialty"))).selectByVisibleText("外科专业");
		click("submit-application");
		logout();
		sweep(DAYS.get(0));

		// May, REVIEW: the main institution returns 张医生's application, confirming it on a page that names him
		this.clock.setDate(DAYS.get(1));
		login("ORG_A000001", "Jigou2026a");
		open("/institution/physicians/" + P1);
		assertThat(text("scopes")).isEqualTo("内科专业");
		type("return-reason", "请改报心血管内科专业");
		click("return");
		assertThat(text("confirm-message")).contains("将打回 张医生（" + P1 + "）的报名");
		click("confirm-yes");
		assertThat(text("notice")).contains("已打回 张医生（" + P1 + "）的报名");
		assertThat(text("status")).isEqualTo("已打回");
		logout();
		// the physician's phone: the reason is the first thing on the page, on the first screen
		login(P1, "Zhang2026ys");
		phone(true);
		try {
			open("/physician");
			PageInspection page = PageInspection.of(this.browser);
			assertThat(page.firstId).as("the first thing on the physician's page at 360 px").isEqualTo("return-reason");
			assertThat(page.firstTop).as("the reason's top at 360 px").isLessThan(200);
			assertThat(text("return-reason")).contains("请改报心血管内科专业");
			screenshot(DAYS.get(1), "physician-returned-360");
		}
		finally {
			phone(false);
		}
		logout();
		sweep(DAYS.get(1));

		// the physician corrects the specialty and submits again, still in REVIEW
		login(P1, "Zhang2026ys");
		new Select(this.browser.findElement(By.id("specialty"))).selectByVisibleText("心血管内科专业");
		click("submit-application");
		assertThat(text("application-status")).isEqualTo("已提交待审核");
		logout();

		// the institution approves both in one batch, through the confirmation page
		login("ORG_A000001", "Jigou2026a");
		open("/institution/physicians?status=SUBMITTED");
		this.browser.findElement(By.id("select-" + P1)).click();
		this.browser.findElement(By.id("select-" + P3)).click();
		click("batch-approve");
		assertThat(text("confirm-message")).contains("将审核通过以下 2 名医师");
		click("confirm-yes");
		assertThat(text("notice")).contains("审核通过 2 人");

		// June, EVALUATION: 王医生 rated 不合格, then "all pass" for the rest of the list
		this.clock.setDate(DAYS.get(2));
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
		logout();
		// 张医生 also practises at 大兴区中医医院: every Beijing site rates (plan §二(四))
		login("ORG_B000002", "Jigou2026b");
		open("/institution/ratings");
		new Select(this.browser.findElement(By.id("ethics-" + P1))).selectByValue("PASS");
		new Select(this.browser.findElement(By.id("performance-" + P1))).selectByValue("PASS");
		click("save-ratings");
		logout();
		sweep(DAYS.get(2));

		// CONFIRMATION: both sites confirm
		this.clock.setDate(DAYS.get(3));
		login("ORG_A000001", "Jigou2026a");
		open("/institution/ratings");
		click("confirm-ratings");
		click("confirm-yes");
		assertThat(text("notice")).contains("已确认 2 条评价");
		logout();
		login("ORG_B000002", "Jigou2026b");
		open("/institution/ratings");
		click("confirm-ratings");
		click("confirm-yes");
		assertThat(text("notice")).contains("已确认 1 条评价");
		logout();
		sweep(DAYS.get(3));

		// July: the exam platform's export arrives in the inbox the nightly run reads
		Path inbox = Files.createDirectories(Path.of("target/web-browser-input"));
		Files.writeString(inbox.resolve("exam_attempts.csv"),
				"cert_no,cycle_year,attempt_no,mode,specialty,law_score,specialty_score,passed,taken_at,exam_org_code\n"
						+ P1 + ",2026,1,ONLINE,心血管内科专业,92,85,Y,2026-07-08 10:00:00,\n"
						+ P3 + ",2026,1,ONLINE,外科专业,90,80,Y,2026-07-09 10:00:00,\n");

		// August, VERIFICATION: the district office runs the (city's) night and watches it in Chinese
		this.clock.setDate(DAYS.get(4));
		login("dk110115", "Daxing2026");
		open("/office/runs");
		assertThat(text("run-scope")).contains("全市");
		runNight();
		assertThat(this.browser.findElement(By.id("steps")).getText()).contains("汇总表", "导入「应考医师」");
		open("/office/downloads");
		assertThat(this.browser.findElements(By.className("download"))).extracting(WebElement::getText)
			.containsExactly("110115_大兴区_定考汇总_20260805.xlsx");
		logout();
		sweep(DAYS.get(4));

		// the day after CLOSE: the district may no longer start a night, the city runs it and delivers
		this.clock.setDate(DAYS.get(5));
		login("dk110115", "Daxing2026");
		open("/office/runs");
		assertThat(text("run-hint")).contains("由市定考办启动");
		logout();
		login("dk110000", "Shiban2026");
		open("/office/runs");
		assertThat(text("run-scope")).contains("向电子化注册系统报送");
		runNight();
		open("/office/feed");
		assertThat(this.browser.findElement(By.id("deliveries")).getText()).contains("DK_2026_20260811_0001.csv");
		logout();
		sweep(DAYS.get(5));

		// each physician reads the result
		login(P1, "Zhang2026ys");
		assertThat(this.browser.findElement(By.cssSelector("#results .outcome")).getText()).isEqualTo("合格");
		logout();
		login(P3, "Wang2026ys");
		assertThat(this.browser.findElement(By.cssSelector("#results .outcome")).getText()).isEqualTo("不合格");
		assertThat(this.browser.findElement(By.id("results")).getText()).contains("职业道德考核不合格", "怎么办：");
		logout();

		System.out.printf("BrowserWalkTests: the walk took %.1f s (pages opened %.1f s, inspected %.1f s, screenshots %.1f s)%n",
				(System.nanoTime() - started) / 1e9, this.timeOpen / 1e9, this.timeInspect / 1e9, this.timeShots / 1e9);
		assertThat(this.problems).as("what the walk found wrong").isEmpty();
	}

	// ------------------------------------------------------------------------------------------------ the sweep

	/** Every page of every role on the day, at 1024 px, then as a 360 px phone. */
	private void sweep(LocalDate day) throws Exception {
		if (day.equals(DAYS.get(0))) {
			for (boolean phone : new boolean[] { false, true }) {
				phone(phone);
				open("/login");
				inspect(day, "anonymous", "login", null, phone);
				open("/password/reset");
				inspect(day, "anonymous", "reset", null, phone);
			}
			phone(false);
		}
		for (Walker walker : List.of(this.physician, this.institution, this.district, this.city)) {
			login(walker.account(), walker.password());
			try {
				for (String[] page : walker.pages()) {
					String path = page[1].endsWith("LATEST") ? latestRun() : page[1];
					// a page the phases do not change (a form of its own, a static list) is looked at on the first day
					boolean once = page.length > 2 && !day.equals(DAYS.get(0));
					if (path != null && !once) {
						open(path);
						// the same page at both widths: the phone's metrics lay it out again, no second request
						inspect(day, walker.name(), page[0], walker, false);
						phone(true);
						inspect(day, walker.name(), page[0], walker, true);
						phone(false);
					}
				}
				phone(true);
				menuOnPhone(day, walker);
			}
			finally {
				phone(false);
			}
			logout();
		}
	}

	private void inspect(LocalDate day, String who, String name, Walker walker, boolean phone) throws Exception {
		long t0 = System.nanoTime();
		awaitRunProgress();
		PageInspection page = PageInspection.of(this.browser);
		long t1 = System.nanoTime();
		String where = "[" + day.format(DateTimeFormatter.ofPattern("MM-dd")) + " " + who + " " + name + " "
				+ (phone ? 360 : 1024) + "] ";
		screenshot(day, who + "-" + name + "-" + (phone ? 360 : 1024));
		this.timeInspect += t1 - t0;
		this.timeShots += System.nanoTime() - t1;
		page.english().forEach(e -> this.problems.add(where + "English outside identifiers: " + e));
		page.rawKeys().forEach(k -> this.problems.add(where + "raw code or step key: " + k));
		if (page.scrollWidth > page.clientWidth) {
			this.problems.add(where + "scrolls sideways: " + page.scrollWidth + " > " + page.clientWidth);
		}
		if (!phone) {
			page.broken.forEach(id -> this.problems.add(where + "identifier broken over two lines: " + id));
		}
		page.disabled.forEach(d -> this.problems.add(where + "greyed-out control (say why instead): " + d));
		for (String action : page.actions) {
			Boolean allowed = allowed(action, walker == null ? null : walker.role(), day, page);
			if (allowed == null) {
				this.problems.add(where + "action of unknown phase (add it to BrowserWalkTests.allowed): " + action);
			}
			else if (!allowed) {
				this.problems.add(where + "action shown outside its phase: " + action);
			}
		}
		LocalDateTime now = LocalDateTime.now(this.clock);
		for (LocalDateTime time : page.times()) {
			if (time.isAfter(now.plusMinutes(1))) {
				this.problems.add(where + "time " + time + " is later than now (" + now + "): another clock or zone");
			}
		}
		if (walker != null) {
			if (!phone && !page.shows(walker.shownAs())) {
				this.problems.add(where + "the header does not name the account as " + walker.shownAs());
			}
			double limit = phone ? 64 : 100;
			if (page.headerHeight > limit) {
				this.problems.add(where + "header " + page.headerHeight + " px high (at most " + limit + ")");
			}
		}
		if (name.equals("physicians") && !phone) {
			Number rowHeight = (Number) this.browser.executeScript("const rows = document.querySelectorAll("
					+ "'#physicians tbody tr'); let h = 0; for (const r of rows) h += r.getBoundingClientRect().height; "
					+ "return rows.length ? h / rows.length : 0;");
			if (rowHeight.doubleValue() > 40) {
				this.problems.add(where + "rows average " + rowHeight + " px at 1024 (at most 40: a dense list)");
			}
		}
		if (name.equals("run")) {
			String started = (String) this.browser.executeScript("return document.getElementById('run-times').textContent");
			LocalDateTime runStart = LocalDateTime.parse(
					started.replaceAll(".*开始时间 (\\d{4}-\\d{2}-\\d{2}) (\\d{2}:\\d{2}).*", "$1T$2"));
			if (runStart.isBefore(now.minusHours(1))) {
				this.problems.add(where + "the run started moments ago is shown at " + runStart + " (now " + now + ")");
			}
		}
	}

	/**
	 * Whether an action may be taken on the day, from the timeline in table cycle_phase: the phases each form of the
	 * site belongs to (spec "Web": every web action only in its phase). Null for an action this walk does not know.
	 */
	private Boolean allowed(String action, Role role, LocalDate day, PageInspection page) {
		CycleCalendar calendar = this.calendars.of(Cycle.regular(2026));
		boolean beforeClose = !calendar.isAfterClose(day);
		String path = action.substring(action.indexOf(' ') + 1);
		if (action.startsWith("GET ")) {
			return path.equals("/institution/ratings/all-pass") ? calendar.isOpen(Phase.EVALUATION, day) : Boolean.TRUE;
		}
		if (matches(path, "/physician/(confirm|apply)")) {
			return calendar.isOpen(Phase.REGISTRATION, day) || calendar.isOpen(Phase.REVIEW, day) && page.shows("已打回");
		}
		if (matches(path, "/institution/approve|/institution/physicians/[^/]+/return")) {
			return calendar.isOpen(Phase.REVIEW, day);
		}
		if (matches(path, "/institution/ratings")) {
			return calendar.isOpen(Phase.EVALUATION, day);
		}
		if (matches(path, "/institution/ratings/confirm")) {
			return calendar.isOpen(Phase.CONFIRMATION, day);
		}
		if (matches(path, "/institution/physicians/[^/]+/(hide|unhide)|/institution/profile/.*|/office/assessment/[^/]+/approve"
				+ "|/office/delegations")) {
			return beforeClose;
		}
		if (matches(path, "/institution/physicians/[^/]+/reset-password|/office/accounts/reset"
				+ "|/office/institutions/[^/]+/reset-password|/password(/code|/reset|/reset/code)?|/phone(/code)?|/logout|/login")) {
			return true;
		}
		if (matches(path, "/office/feed/receipt")) {
			// a receipt answers a delivery, and deliveries are made after CLOSE
			return calendar.feedOpen(day);
		}
		if (matches(path, "/office/runs")) {
			LocalDate verification = calendar.dates(Phase.VERIFICATION).orElseThrow().startsOn();
			return role == Role.CITY || !day.isBefore(verification) && !day.isAfter(calendar.close());
		}
		return null;
	}

	private static boolean matches(String path, String regex) {
		return Pattern.matches(regex, path);
	}

	/** On a phone the header is one line; its 菜单 button opens the menu with the account's name and every entry. */
	private void menuOnPhone(LocalDate day, Walker walker) throws Exception {
		open(walker.pages().get(0)[1]);
		WebElement nav = this.browser.findElement(By.cssSelector("#menu nav"));
		String where = "[" + day + " " + walker.name() + " menu 360] ";
		if (nav.isDisplayed()) {
			this.problems.add(where + "the menu is open before the 菜单 button is pressed");
		}
		this.browser.findElement(By.id("menu-toggle")).click();
		if (!nav.isDisplayed() || !this.browser.findElement(By.id("who")).getText().equals(walker.shownAs())) {
			this.problems.add(where + "the 菜单 button does not open the menu with the account's name");
		}
		screenshot(day, walker.name() + "-menu-360");
	}

	/** The run page fills its steps from the progress JSON: wait until it has. */
	private void awaitRunProgress() {
		new WebDriverWait(this.browser, Duration.ofSeconds(10)).ignoring(WebDriverException.class)
			.until(driver -> ((JavascriptExecutor) driver).executeScript(
					"const s = document.getElementById('run-status'); return !s || s.textContent !== '读取中…';"));
	}

	private String latestRun() {
		Long id = this.jdbc.queryForObject("select max(job_execution_id) from BATCH_JOB_EXECUTION", Long.class);
		return id == null ? null : "/office/runs/" + id;
	}

	// ------------------------------------------------------------------------------------------------ the story

	/** 立即运行 on the runs page, then the run's page until it is done. */
	private void runNight() {
		Long before = this.jdbc.queryForObject("select coalesce(max(job_execution_id), 0) from BATCH_JOB_EXECUTION",
				Long.class);
		click("start-run");
		new WebDriverWait(this.browser, Duration.ofSeconds(60)).until(driver -> this.jdbc
			.queryForObject("select count(*) from BATCH_JOB_EXECUTION where job_execution_id > ?", Long.class, before) > 0);
		open(latestRun());
		new WebDriverWait(this.browser, Duration.ofSeconds(180)).ignoring(WebDriverException.class)
			.until(driver -> driver.findElement(By.id("run-status")).getText().equals("已完成"));
	}

	/**
	 * A district's crowd as a real list looks: 20 physicians of 大兴区人民医院 (4 more of the next) with 18-digit numbers, names of two to
	 * four characters, one or two scopes, every application status; and an institution with a long name and a
	 * licence number of 22 characters.
	 */
	private void crowd() {
		this.jdbc.update("INSERT INTO institution (org_code, org_name, district_code, exam_org, updated_at) VALUES "
				+ "(?, '北京市大兴区西红门镇社区卫生服务中心', '110115', 'N', CURRENT_TIMESTAMP)", ORG_CROWD);
		String[] names = { "欧阳明远", "李娜", "王建国", "赵丽", "司马相如", "陈晨", "刘洋", "周杰", "吴敏", "郑爽" };
		String[] scopes = { "内科专业", "外科专业", "内科专业;全科医学科专业", "医学影像和放射治疗专业", "妇产科专业;儿科专业" };
		String[] statuses = { "SUBMITTED", "SUBMITTED", "SUBMITTED", null, "DRAFT", "RETURNED" };
		for (int i = 0; i < 24; i++) {
			String first17 = "110115" + (1960 + i) + "0" + (1 + i % 9) + (10 + i % 18) + String.format("%03d", 100 + i);
			String certNo = first17 + CertNumbers.checkDigit(first17);
			String scope = scopes[i % scopes.length];
			String org = i < 20 ? "ORG_A000001" : ORG_CROWD;
			this.jdbc.update("INSERT INTO physician (cert_no, cert_type, name, gender, birth_date, practice_category, "
					+ "practice_scopes, main_org_code, registered_on, district_code, updated_at) VALUES (?, 'RESIDENT', ?, "
					+ "'女', ?, '临床', ?, ?, ?, '110115', CURRENT_TIMESTAMP)", certNo, names[i % names.length],
					CertNumbers.birthDate(certNo).orElseThrow(), scope, org, LocalDate.of(2015, 3, 1));
			this.jdbc.update("INSERT INTO physician_site (cert_no, org_code, is_main) VALUES (?, ?, 'Y')", certNo, org);
			String status = statuses[i % statuses.length];
			if (status != null) {
				this.jdbc.update("INSERT INTO application (cert_no, cycle_year, specialty, status, submitted_at, simplified, "
						+ "return_reason, source, updated_at) VALUES (?, '2026', ?, ?, ?, 'N', ?, 'FILE', ?)", certNo,
						scope.split(";")[0], status, status.equals("DRAFT") ? null : LocalDateTime.of(2026, 4, 5, 9, 30),
						status.equals("RETURNED") ? "证明材料不全" : null, LocalDateTime.of(2026, 4, 5, 9, 30));
			}
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
		assertThat(text("password-rules")).isNotEmpty();
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
		long t0 = System.nanoTime();
		this.browser.get("http://localhost:" + this.port + path);
		this.timeOpen += System.nanoTime() - t0;
	}

	/** 360×740 as a phone (touch, mobile viewport), or back to the 1024×768 window. */
	private void phone(boolean on) {
		if (on) {
			this.browser.executeCdpCommand("Emulation.setDeviceMetricsOverride",
					Map.of("width", 360, "height", 740, "deviceScaleFactor", 1, "mobile", true));
		}
		else {
			this.browser.executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
		}
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

	/** The whole page, not only the window, so a reviewer sees everything a user would scroll to. */
	private void screenshot(LocalDate day, String name) throws Exception {
		Path target = SCREENSHOTS.resolve(day.format(DateTimeFormatter.ofPattern("MMdd"))).resolve(name + ".png");
		Screenshots.wholePage(this.browser, target);
	}

}
