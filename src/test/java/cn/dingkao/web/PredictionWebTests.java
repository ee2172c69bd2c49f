package cn.dingkao.web;

import java.io.ByteArrayInputStream;
import java.nio.file.Path;
import java.time.LocalDate;

import cn.dingkao.batch.JobRunner;
import cn.dingkao.batch.RunParameters;
import cn.dingkao.ruling.Cycle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.Job;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;

import static cn.dingkao.web.WebFixtures.P1;
import static cn.dingkao.web.WebFixtures.P2;
import static cn.dingkao.web.WebFixtures.P3;
import static cn.dingkao.web.WebTestUsers.CITY;
import static cn.dingkao.web.WebTestUsers.DAXING;
import static cn.dingkao.web.WebTestUsers.ORG_A;
import static cn.dingkao.web.WebTestUsers.ORG_B;
import static cn.dingkao.web.WebTestUsers.PHYSICIAN_1;
import static cn.dingkao.web.WebTestUsers.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Issue 23 on the web: the physician's home leads with 你的下一步 and the predicted result (预计), the institution's
 * list of 有风险 physicians with counts per step and its workbook, the offices' counts per district and
 * institution with their 14-day lines, and results ruled before CLOSE shown as predictions with the data date of
 * the latest run.
 */
class PredictionWebTests extends WebTestSupport {

	@Autowired
	JobRunner jobRunner;

	@Autowired
	@Qualifier("predictJob")
	Job predictJob;

	@Autowired
	@Qualifier("ruleJob")
	Job ruleJob;

	void predict(LocalDate day) throws Exception {
		this.clock.setDate(day);
		var parameters = RunParameters.of(Cycle.of("2026"), day, Path.of("src/test/resources/web/no-input"),
				Path.of("target/web-out")).toJobParameters();
		assertThat(this.jobRunner.run(this.predictJob, parameters, true).execution().getStatus())
			.isEqualTo(BatchStatus.COMPLETED);
	}

	void rule(LocalDate day) throws Exception {
		var parameters = RunParameters.of(Cycle.of("2026"), day, Path.of("src/test/resources/web/no-input"),
				Path.of("target/web-out")).toJobParameters();
		assertThat(this.jobRunner.run(this.ruleJob, parameters, true).execution().getStatus())
			.isEqualTo(BatchStatus.COMPLETED);
	}

	@Test
	@DisplayName("spec \"Seeing it coming\": the physician's home leads with 你的下一步 and its deadline, and the predicted result marked 预计")
	void physicianHomeLeadsWithTheNextStep() throws Exception {
		this.clock.setDate(LocalDate.of(2026, 4, 10));
		String home = body(get("/physician").with(as(PHYSICIAN_1)));
		assertThat(home.indexOf("你的下一步")).isPositive().isLessThan(home.indexOf("个人信息"));
		assertThat(home).contains("网上报名：确认个人信息并提交考核申请", "医师本人", "截止 2026-04-30，还有 20 天", "预计",
				"未报名");

		register(PHYSICIAN_1, "内科专业");
		this.clock.setDate(LocalDate.of(2026, 4, 12));
		home = body(get("/physician").with(as(PHYSICIAN_1)));
		assertThat(home).contains("主要执业机构审核考核申请", "主要执业机构 大兴区人民医院", "截止 2026-05-24",
				"下一步由主要执业机构 大兴区人民医院办理");

		approve(ORG_A, P1);
		this.clock.setDate(LocalDate.of(2026, 6, 24));
		home = body(get("/physician").with(as(PHYSICIAN_1)));
		// both sites owe a rating, due in two days; the physician's own test comes after
		assertThat(home).contains("执业机构评价职业道德和工作成绩", "主要执业机构 大兴区人民医院", "截止 2026-06-26，还有 2 天",
				"之后您本人要做的：测评", "全部未完成的步骤（3）", "其他执业机构 大兴区中医医院");
	}

	@Test
	@DisplayName("issue 23: a web change is predicted again at once — the institution's list follows the physician's submission and its approval")
	void webChangesUpdateTheStoredPrediction() throws Exception {
		predict(LocalDate.of(2026, 4, 25));
		assertThat(this.jdbc.queryForObject("SELECT next_step FROM prediction WHERE cert_no = ?", String.class, P1))
			.isEqualTo("SUBMIT");
		String list = body(get("/institution/risk").with(as(ORG_A)));
		assertThat(list).contains(P1, P3, "网上报名");

		register(PHYSICIAN_1, "内科专业");
		this.clock.setDate(LocalDate.of(2026, 4, 25));
		assertThat(this.jdbc.queryForObject("SELECT next_step FROM prediction WHERE cert_no = ?", String.class, P1))
			.isEqualTo("APPROVE");
		approve(ORG_A, P1);
		assertThat(this.jdbc.queryForObject("SELECT next_step FROM prediction WHERE cert_no = ?", String.class, P1))
			.isEqualTo("RATE");
		assertThat(this.jdbc.queryForObject("SELECT open_steps FROM prediction WHERE cert_no = ?", String.class, P1))
			.isEqualTo("RATE:MAIN_ORG:ORG_A000001;RATE:SITE:ORG_B000002;EXAM:PHYSICIAN:");
	}

	@Test
	@DisplayName("spec \"Seeing it coming\": the institution's 有风险 list — counts per step, nearest deadline first, 待本院办理, secondary sites included")
	void institutionList() throws Exception {
		register(PHYSICIAN_1, "内科专业");
		approve(ORG_A, P1);
		predict(LocalDate.of(2026, 6, 22));

		String risk = body(get("/institution/risk").with(as(ORG_A)));
		// P3 never applied: 报名 overdue; P1 approved: both sites rate by 06-26, within 7 days
		assertThat(risk).contains("有风险", P1, P3, "已逾期（截止 2026-04-30）", "截止 2026-06-26，还有 4 天");
		assertThat(risk.indexOf(P3)).as("nearest deadline first").isLessThan(risk.indexOf("risk-" + P1));
		assertThat(risk).contains("id=\"at-risk-total\"").containsPattern("id=\"at-risk-total\"[^>]*>2<");

		// the secondary site sees the physician it rates, and only that one; 待本院办理 is its own step
		String secondary = body(get("/institution/risk").param("view", "MINE").with(as(ORG_B)));
		assertThat(secondary).contains(P1, "其他执业机构").doesNotContain(P3).doesNotContain(P2);
		String step = body(get("/institution/risk").param("view", "ALL").param("step", "SUBMIT").with(as(ORG_A)));
		assertThat(step).contains(P3).doesNotContain("risk-" + P1);

		// the block on the physician list links to it
		assertThat(body(get("/institution/physicians").with(as(ORG_A)))).contains("预计与下一步", "/institution/risk");
	}

	@Test
	@DisplayName("issue 23: the institution's list as a workbook — 预计 in the title, cert numbers masked, formula-like text kept as text")
	void institutionWorkbook() throws Exception {
		this.jdbc.update("UPDATE physician SET name = '=HYPERLINK(\"http://x\")' WHERE cert_no = ?", P3);
		predict(LocalDate.of(2026, 4, 28));
		byte[] xlsx = this.mvc.perform(get("/institution/risk/download").param("view", "ALL").with(as(ORG_A)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
			Sheet sheet = workbook.getSheetAt(0);
			assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).contains("大兴区人民医院", "2026年度", "预计");
			assertThat(sheet.getRow(1).getCell(0).getStringCellValue()).contains("数据截至 2026年4月28日", "预计");
			StringBuilder all = new StringBuilder();
			for (Row row : sheet) {
				for (Cell cell : row) {
					assertThat(cell.getCellType()).isNotEqualTo(CellType.FORMULA);
					if (cell.getCellType() == CellType.STRING) {
						all.append(cell.getStringCellValue()).append('|');
					}
				}
			}
			assertThat(all.toString()).doesNotContain(P1).doesNotContain(P3)
				.contains("110115********1234", "110115********3456", "=HYPERLINK", "报名", "截止 2026-04-30，还有 2 天");
			Cell name = sheet.getRow(findRow(sheet, "=HYPERLINK")).getCell(1);
			assertThat(name.getCellStyle().getQuotePrefixed()).isTrue();
		}
	}

	private static int findRow(Sheet sheet, String text) {
		for (Row row : sheet) {
			for (Cell cell : row) {
				if (cell.getCellType() == CellType.STRING && cell.getStringCellValue().startsWith(text)) {
					return row.getRowNum();
				}
			}
		}
		throw new AssertionError(text + " not found");
	}

	@Test
	@DisplayName("spec \"Seeing it coming\": the offices see who is at risk at which step per district and institution, how it moved over 14 days, each count a link to its list")
	void offices() throws Exception {
		for (int day = 19; day <= 24; day++) {
			predict(LocalDate.of(2026, 4, day));
		}
		String city = body(get("/office/risk").with(as(CITY)));
		assertThat(city).contains("大兴区", "朝阳区", "<svg class=\"spark", "polyline", "近14天有风险人数：4/19 0",
				"/office/risk/physicians?district=110115&amp;view=RISK&amp;step=SUBMIT");
		// on 04-24 the three unregistered physicians' 报名 falls due within 7 days: the line rose
		assertThat(city).contains("spark up");

		String district = body(get("/office/risk").with(as(DAXING)));
		assertThat(district).contains("大兴区人民医院（ORG_A000001）").doesNotContain("朝阳医院");
		String list = body(get("/office/risk/physicians").param("district", "110115").param("org", "ORG_A000001")
			.param("view", "RISK").param("step", "SUBMIT").with(as(DAXING)));
		assertThat(list).contains("张医生", "王医生", "110115********1234").doesNotContain(P1).doesNotContain("李医生");
		// a district office sees its own district only, whatever it asks for
		assertThat(body(get("/office/risk/physicians").param("district", "110105").with(as(DAXING))))
			.doesNotContain("李医生");
	}

	@Test
	@DisplayName("issue 23: a result ruled before CLOSE reads as 预计 with the date of the latest run; after CLOSE as final")
	void resultsBeforeCloseArePredictions() throws Exception {
		register(PHYSICIAN_1, "内科专业");
		this.clock.setDate(LocalDate.of(2026, 6, 1));
		rule(LocalDate.of(2026, 6, 1));
		rule(LocalDate.of(2026, 6, 5));
		String home = body(get("/physician").with(as(PHYSICIAN_1)));
		assertThat(home).contains("预计结果（数据截至 2026年6月5日", "数据日期", "2026-06-05", "这不是最终结果")
			.doesNotContain("定期考核记为未参加");
		assertThat(body(get("/office").with(as(DAXING)))).contains("预计结果（数据截至 2026年6月5日");
		assertThat(body(get("/institution/results").with(as(ORG_A)))).contains("预计结果（数据截至 2026年6月5日");

		this.clock.setDate(LocalDate.of(2026, 8, 11));
		rule(LocalDate.of(2026, 8, 11));
		home = body(get("/physician").with(as(PHYSICIAN_1)));
		assertThat(home).contains("最终结果（数据截至 2026年8月11日）", "认定日期").doesNotContain("这不是最终结果");
		assertThat(home).doesNotContain("你的下一步");
	}

	@Test
	@DisplayName("spec \"Seeing it coming\": an office sees tomorrow's reminders before they go, and those sent, of its own district")
	void officeSeesReminders() throws Exception {
		this.jdbc.update("UPDATE physician SET mobile = '13800000001' WHERE cert_no = ?", P1);
		this.jdbc.update("UPDATE account SET mobile = '13700000001' WHERE username = 'ORG_A000001'");
		predict(LocalDate.of(2026, 4, 22));
		// tomorrow, 04-23, 报名 is due in 7 days
		String page = body(get("/office/reminders").with(as(DAXING)));
		assertThat(page).contains("明日（2026-04-23）将发送的提醒", "张医生", "110115********1234", "138****0001",
				"王医生", "无手机号，不发送", "大兴区人民医院", "137****0001", "有风险医师 2 人").doesNotContain("李医生");
		assertThat(page).contains("尚未发送提醒");

		predict(LocalDate.of(2026, 4, 23));
		page = body(get("/office/reminders").with(as(DAXING)));
		assertThat(page).contains("已发的提醒与汇总", "待发送", "每日汇总", "张医生，您2026年度定期考核的下一步");
		assertThat(this.jdbc.queryForObject("SELECT COUNT(*) FROM outbox_message WHERE purpose IN ('REMINDER', 'DIGEST')",
				Integer.class)).isEqualTo(2);
		assertThat(body(get("/office/reminders").with(as(WebTestUsers.CHAOYANG)))).doesNotContain("张医生");
	}

	@Test
	@DisplayName("issue 23: tomorrow's digests a page of 50 institutions at a time (the city has a thousand), each page continuing after the last")
	void digestsPaged() throws Exception {
		this.jdbc.update("UPDATE account SET mobile = '13700000001' WHERE username = 'ORG_A000001'");
		for (int i = 0; i < 55; i++) {
			// codes that sort before ORG_A000001, with nobody at risk: the first page holds only them
			this.jdbc.update("INSERT INTO institution (org_code, org_name, district_code, exam_org, updated_at) VALUES "
					+ "(?, ?, '110115', 'N', CURRENT_TIMESTAMP)", "AAA" + String.format("%03d", i), "大兴区诊所" + i);
		}
		predict(LocalDate.of(2026, 4, 22));
		String first = body(get("/office/reminders").with(as(DAXING)));
		assertThat(first).contains("这一页的机构明日都不需要汇总", "后 50 个机构", "afterOrg=AAA049")
			.doesNotContain("有风险医师 2 人");
		String second = body(get("/office/reminders").param("afterOrg", "AAA049").with(as(DAXING)));
		assertThat(second).contains("大兴区人民医院", "有风险医师 2 人", "回到第一页").doesNotContain("后 50 个机构");
	}

	@Test
	@DisplayName("issue 23: pages refuse other institutions' physicians — a secondary site's list holds only the physicians it is a site of")
	void scoped() throws Exception {
		predict(LocalDate.of(2026, 4, 28));
		assertThat(body(get("/institution/risk").param("view", "ALL").with(as(ORG_B)))).contains(P1).doesNotContain(P3)
			.doesNotContain(P2);
		this.mvc.perform(get("/office/risk").with(as(ORG_A))).andExpect(status().isForbidden());
		this.mvc.perform(get("/institution/risk").with(as(DAXING))).andExpect(status().isForbidden());
		this.mvc.perform(post("/institution/risk").with(as(ORG_A)).with(csrf())).andExpect(status().is4xxClientError());
	}

}
