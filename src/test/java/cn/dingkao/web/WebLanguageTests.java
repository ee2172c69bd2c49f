package cn.dingkao.web;

import cn.dingkao.ruling.Cycle;
import java.time.LocalDate;
import java.util.Map;

import jakarta.servlet.RequestDispatcher;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import org.springframework.test.web.servlet.MvcResult;

import static cn.dingkao.web.WebFixtures.P1;
import static cn.dingkao.web.WebFixtures.P2;
import static cn.dingkao.web.WebTestUsers.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Issue 11, parts 3 and 6: every page speaks Chinese (errors, reasons, run states, times, the audit trail,
 * Content-Language), lists page within bounds, and the smaller items — passwords, lock-out, security headers,
 * confirmation steps, refusals that keep what was typed, rating controls only in EVALUATION, no second delivery.
 */
class WebLanguageTests extends WebTestSupport {

	// ---------------------------------------------------------------- Chinese
	@Test
	@DisplayName("issue 11: error pages 400/403/404/500 in the site's layout and Chinese, never the Whitelabel page")
	void errorPagesInChinese() throws Exception {
		Map<Integer, String> headings = Map.of(400, "请求有误", 403, "没有权限", 404, "页面不存在", 500, "系统出错");
		for (Map.Entry<Integer, String> expected : headings.entrySet()) {
			MvcResult result = this.mvc.perform(get("/error").with(as(ORG_A))
				.requestAttr(RequestDispatcher.ERROR_STATUS_CODE, expected.getKey())
				.requestAttr(RequestDispatcher.ERROR_REQUEST_URI, "/institution/x")
				.accept("text/html")).andReturn();
			String page = result.getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
			assertThat(result.getResponse().getStatus()).isEqualTo(expected.getKey());
			assertThat(page).contains(expected.getValue(), "北京市医师定期考核系统", "回到首页", "医疗机构考核")
				.doesNotContain("Whitelabel", "Exception", "Internal Server Error");
		}
		assertThat(body(get("/error").requestAttr(RequestDispatcher.ERROR_STATUS_CODE, 500).accept("text/html")))
			.contains("查询编号");
	}

	@Test
	@DisplayName("issue 11: Content-Language zh-CN whatever the browser asks; security headers on every page")
	void languageAndSecurityHeaders() throws Exception {
		this.mvc.perform(get("/login").header("Accept-Language", "en-US,en;q=0.9"))
			.andExpect(header().string("Content-Language", "zh-CN"))
			.andExpect(header().string("Content-Security-Policy",
					org.hamcrest.Matchers.allOf(org.hamcrest.Matchers.containsString("script-src 'self'"),
							org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString("unsafe-inline")))))
			.andExpect(header().string("Referrer-Policy", "same-origin"))
			.andExpect(header().string("Permissions-Policy", org.hamcrest.Matchers.containsString("camera=()")))
			.andExpect(header().string("X-Frame-Options", "DENY"));
		this.mvc.perform(get("/physician").with(as(PHYSICIAN_1)).header("Accept-Language", "en"))
			.andExpect(header().string("Content-Language", "zh-CN"));
	}

	@Test
	@DisplayName("issue 11: no page carries an inline script or style (the CSP forbids them)")
	void noInlineScripts() throws Exception {
		register(PHYSICIAN_1, "内科专业");
		for (Object[] page : new Object[][] { { "/physician", PHYSICIAN_1 }, { "/institution/physicians", ORG_A },
				{ "/institution/ratings", ORG_A }, { "/institution/profile", ORG_A }, { "/office", DAXING },
				{ "/office/runs", DAXING }, { "/office/runs/1", DAXING }, { "/office/audit", DAXING } }) {
			String html = body(get((String) page[0]).with(as((CurrentUser) page[1])));
			assertThat(html).as((String) page[0]).doesNotContain(" onclick=", " style=\"", "javascript:")
				.doesNotContainPattern("<script(?![^>]*\\bsrc=)[^>]*>");
		}
	}

	@Test
	@DisplayName("issue 25: a run that does not exist is the Chinese 404 page, its progress a 404, never a 500")
	void unknownRunIsNotFound() throws Exception {
		this.mvc.perform(get("/office/runs/987654321").with(as(CITY)).accept("text/html")).andExpect(status().isNotFound());
		this.mvc.perform(get("/office/runs/987654321/progress").with(as(CITY))).andExpect(status().isNotFound());
	}

	@Test
	@DisplayName("issue 11: the physician's result explains each reason in words with what to do next; a 未参加 says why")
	void resultExplainedInPlainWords() throws Exception {
		WebFixtures.result(this.jdbc, Cycle.regular(2026), P1, 3, "PASS", "PASS", "MISSING", "EXAM_MISSING;SIMPLIFIED_INELIGIBLE");
		WebFixtures.result(this.jdbc, Cycle.regular(2025), P1, 1, "PASS", "PASS", "PASS", "");
		String page = body(get("/physician").with(as(PHYSICIAN_1)));
		assertThat(page).contains("2026年度", "未参加", "未参加业务水平测评", "不符合简易程序条件", "怎么办：",
				"缺失", "2025年度", "合格", "三项均合格").doesNotContain("EXAM_MISSING", "SIMPLIFIED_INELIGIBLE");
		WebFixtures.result(this.jdbc, Cycle.regular(2026), P1, 3, "PASS", "PASS", "MISSING", "NOT_REGISTERED");
		assertThat(body(get("/physician").with(as(PHYSICIAN_1)))).contains("记为未参加", "网上报名阶段结束时");
		assertThat(body(get("/institution/results").with(as(ORG_A)))).contains("未报名").doesNotContain("NOT_REGISTERED");
	}

	@Test
	@DisplayName("issue 11: the audit log in Chinese — what, which field, labels for values, yyyy-MM-dd HH:mm")
	void auditInChinese() throws Exception {
		register(PHYSICIAN_1, "内科专业");
		String page = body(get("/office/audit").with(as(DAXING)));
		assertThat(page).contains("考核申请", "状态", "已提交待审核", "报考专业", "医师", "2026-04-10 10:00")
			.doesNotContain(">SUBMITTED<", ">application<", ">PHYSICIAN<");
	}

	@Test
	@DisplayName("issue 11: ?page=2147483647 and other out-of-range pages give the last page, never HTTP 500")
	void boundedPaging() throws Exception {
		for (String path : new String[] { "/institution/physicians", "/institution/ratings", "/institution/results" }) {
			assertThat(this.mvc.perform(get(path).param("page", "2147483647").with(as(ORG_A))).andReturn().getResponse()
				.getStatus()).as(path).isEqualTo(200);
			assertThat(body(get(path).param("page", "-5").with(as(ORG_A)))).contains("第 <span>1</span> / <span>1</span> 页");
		}
		for (String path : new String[] { "/office", "/office/delegations" }) {
			this.mvc.perform(get(path).param("page", "2147483647").with(as(CITY))).andExpect(status().isOk());
		}
		this.mvc.perform(get("/office/audit").param("before", "9223372036854775807").with(as(CITY))).andExpect(status().isOk());
		assertThat(body(get("/institution/physicians").param("page", "2147483647").with(as(ORG_A)))).contains(P1);
	}

	// ---------------------------------------------------------------- accounts
	@Test
	@DisplayName("issue 11: password1 and the current password are refused as a new password")
	void weakAndReusedPasswordsRefused() throws Exception {
		MvcResult login = this.mvc.perform(formLogin().user(P1).password("011234*Dk")).andReturn();
		var session = (org.springframework.mock.web.MockHttpSession) login.getRequest().getSession();
		for (String weak : new String[] { "password1", "Password1", "abc12345", "a011234z9" }) {
			this.mvc.perform(post("/password").session(session).with(csrf()).param("current", "011234*Dk")
				.param("next", weak).param("repeat", weak)).andExpect(status().isConflict());
		}
		this.mvc.perform(post("/password").session(session).with(csrf()).param("current", "011234*Dk")
			.param("next", "Zhang2026ok").param("repeat", "Zhang2026ok")).andExpect(redirectedUrl("/login?changed"));
		MvcResult again = this.mvc.perform(formLogin().user(P1).password("Zhang2026ok")).andReturn();
		var next = (org.springframework.mock.web.MockHttpSession) again.getRequest().getSession();
		assertThat(body(post("/password").session(next).with(csrf()).param("current", "Zhang2026ok")
			.param("next", "Zhang2026ok").param("repeat", "Zhang2026ok"))).contains("新密码不能与当前密码相同");
	}

	@Test
	@DisplayName("issue 11: the login says the same for an unknown account, a wrong password and a locked account")
	void lockOutRevealsNoAccount() throws Exception {
		String unknown = loginError("NO_SUCH_ORG", "whatever1");
		String wrong = loginError("ORG_A000001", "wrong");
		for (int i = 0; i < 4; i++) {
			loginError("ORG_A000001", "wrong");
		}
		String locked = loginError("ORG_A000001", "000001*Dk");
		assertThat(unknown).contains("账号或密码错误").isEqualTo(wrong).isEqualTo(locked);
	}

	private String loginError(String user, String password) throws Exception {
		MvcResult result = this.mvc.perform(formLogin().user(user).password(password)).andExpect(redirectedUrl("/login?error"))
			.andReturn();
		String page = body(get("/login").session((org.springframework.mock.web.MockHttpSession) result.getRequest().getSession()));
		java.util.regex.Matcher error = java.util.regex.Pattern.compile("id=\"login-error\">([^<]*)<").matcher(page);
		assertThat(error.find()).as("the login page shows an error").isTrue();
		return error.group(1);
	}

	// ---------------------------------------------------------------- confirmation steps, refusals, phases
	@Test
	@DisplayName("issue 11: a refusal keeps what the user typed and says why above the form")
	void refusalKeepsWhatWasTyped() throws Exception {
		register(PHYSICIAN_1, "内科专业");
		this.mvc.perform(post("/office/delegations").with(as(DAXING)).with(csrf())
			.header("Referer", "http://localhost/office/delegations").param("certNo", P1).param("board", "北京健康管理协会")
			.param("examOrg", "ORG_C000003"))
			.andExpect(status().isSeeOther())
			.andExpect(redirectedUrl("/office/delegations"))
			.andExpect(flash().attribute("refusal", org.hamcrest.Matchers.containsString("只有报名已审核通过的医师才能委托")))
			.andExpect(flash().attribute("form", Map.of("certNo", P1, "board", "北京健康管理协会", "examOrg", "ORG_C000003")));
		String page = body(get("/office/delegations").with(as(DAXING)).flashAttr("refusal", "只有报名已审核通过的医师才能委托")
			.flashAttr("form", Map.of("certNo", P1, "board", "北京健康管理协会", "examOrg", "ORG_C000003")));
		assertThat(page).contains("操作未执行", "value=\"" + P1 + "\"", "<option value=\"北京健康管理协会\" selected=\"selected\">");
		// another site's address in the Referer is never followed
		this.mvc.perform(post("/office/delegations").with(as(DAXING)).with(csrf())
			.header("Referer", "http://evil.example/office/delegations").param("certNo", P1).param("board", "x")
			.param("examOrg", "x")).andExpect(status().isConflict());
	}

	@Test
	@DisplayName("issue 11: rating controls are read-only outside EVALUATION; confirm only in CONFIRMATION")
	void ratingControlsOnlyInEvaluation() throws Exception {
		register(PHYSICIAN_1, "内科专业");
		approve(ORG_A, P1);
		String review = body(get("/institution/ratings").with(as(ORG_A)));
		// outside EVALUATION the ratings are text, not grey controls, and the page says when rating opens
		assertThat(review).contains("下表的评价只能查看", "评价在职业道德和工作成绩考核阶段进行，5月25日起")
			.doesNotContain("id=\"save-ratings\"", "id=\"all-pass\"", "id=\"confirm-ratings\"", "<select name=\"ethics-",
					"disabled");
		this.clock.setDate(LocalDate.of(2026, 6, 1));
		String evaluation = body(get("/institution/ratings").with(as(ORG_A)));
		assertThat(evaluation).contains("id=\"save-ratings\"", "id=\"all-pass\"").doesNotContain("disabled=\"disabled\"");
		this.clock.setDate(LocalDate.of(2026, 6, 28));
		assertThat(body(get("/institution/ratings").with(as(ORG_A)))).contains("id=\"confirm-ratings\"")
			.doesNotContain("id=\"save-ratings\"");
		this.clock.setDate(LocalDate.of(2026, 8, 5));
		assertThat(body(get("/institution/ratings").with(as(ORG_A)))).contains("考核结果确认阶段（2026-06-27 至 2026-06-30）已结束")
			.doesNotContain("id=\"confirm-ratings\"", "disabled");
	}

	@Test
	@DisplayName("issue 11: hide, member delete, batch approve and confirm change nothing before their confirmation")
	void confirmationStepsChangeNothing() throws Exception {
		register(PHYSICIAN_1, "内科专业");
		this.mvc.perform(post("/institution/physicians/" + P1 + "/hide").with(as(ORG_A)).with(csrf()).param("reason", "进修"))
			.andExpect(status().isOk());
		this.clock.setDate(LocalDate.of(2026, 5, 3));
		String confirm = body(post("/institution/approve").with(as(ORG_A)).with(csrf()).param("certNo", P1));
		assertThat(confirm).contains("name=\"certNo\" value=\"" + P1 + "\"", "name=\"confirmed\" value=\"true\"", "取消，返回");
		this.mvc.perform(post("/institution/profile/members").with(as(ORG_A)).with(csrf()).param("name", "王主任"));
		Long id = this.jdbc.queryForObject("select id from institution_member", Long.class);
		this.mvc.perform(post("/institution/profile/members/" + id + "/delete").with(as(ORG_A)).with(csrf()))
			.andExpect(status().isOk());
		assertThat(count("select count(*) from physician_hide")).isZero();
		assertThat(statusOf(P1)).isEqualTo("SUBMITTED");
		assertThat(count("select count(*) from institution_member")).isOne();
	}

	@Test
	@DisplayName("issue 11: starting the night again from the web does not write a second delivery of the same day")
	void webRerunDoesNotDeliverTwice() throws Exception {
		this.clock.setDate(LocalDate.of(2026, 8, 21));
		this.jdbc.update("DELETE FROM feed_delivered_row");
		this.jdbc.update("DELETE FROM feed_delivery");
		this.jdbc.update("DELETE FROM feed_counter");
		long completed = runNight();
		assertThat(completed).isPositive();
		assertThat(count("select count(*) from feed_delivery where business_date = ?", LocalDate.of(2026, 8, 21))).isOne();
		MvcResult again = this.mvc.perform(post("/office/runs").with(as(CITY)).with(csrf())).andReturn();
		assertThat(again.getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8))
			.as("status %s, executions %s", again.getResponse().getStatus(),
					this.jdbc.queryForList("select e.job_execution_id, e.status, e.end_time, i.job_name from BATCH_JOB_EXECUTION e "
							+ "join BATCH_JOB_INSTANCE i on i.job_instance_id = e.job_instance_id order by 1 desc limit 3"))
			.contains("已生成报送文件 DK_2026_20260821_0001.csv", "没有启动");
		assertThat(count("select count(*) from feed_delivery where business_date = ?", LocalDate.of(2026, 8, 21))).isOne();
		String runs = body(get("/office/runs").with(as(CITY)));
		assertThat(runs).contains("已完成", "2026-08-21").doesNotContain("COMPLETED");
	}

	private long runNight() throws Exception {
		Long before = this.jdbc.queryForObject("select coalesce(max(job_execution_id), 0) from BATCH_JOB_EXECUTION", Long.class);
		this.mvc.perform(post("/office/runs").with(as(CITY)).with(csrf())).andExpect(status().is3xxRedirection());
		for (int i = 0; i < 1800; i++) { // up to 3 minutes on a loaded machine
			Thread.sleep(100);
			Long done = this.jdbc.queryForObject("select max(job_execution_id) from BATCH_JOB_EXECUTION "
					+ "where end_time is not null and job_execution_id > ?", Long.class, before);
			if (done != null) {
				return done;
			}
		}
		return 0;
	}

	@Test
	@DisplayName("spec §Web: an institution's physicians lists are scoped and hide P2 of another institution")
	void scopedLists() throws Exception {
		assertThat(body(get("/institution/results").with(as(ORG_A)))).doesNotContain(P2);
	}

}
