package cn.dingkao.web;

import java.time.Duration;
import java.time.LocalDate;
import java.util.Map;

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
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Every web action and the access rules, on the real embedded database. */
class WebMvcTests extends WebTestSupport {

	// ---------------------------------------------------------------- accounts
	@Test
	@DisplayName("spec §Who uses it: accounts provisioned from roster and institutions, idempotent, no hash stored")
	void provisioning() {
		assertThat(this.jdbc.queryForObject("select count(*) from account where role in ('PHYSICIAN','INSTITUTION')",
				Integer.class)).isEqualTo(6);
		assertThat(this.provisioner.provisionMissing()).isZero();
		assertThat(this.jdbc.queryForObject("select count(*) from account where username = 'dk110115' and role = 'DISTRICT'",
				Integer.class)).isEqualTo(1);
		assertThat(this.jdbc.queryForObject("select count(*) from account where password_hash is not null", Integer.class))
			.isZero();
	}

	@Test
	@DisplayName("spec §Who uses it: initial password = last 6 + *Dk, change forced at first login, policy enforced")
	void initialPasswordAndForcedChange() throws Exception {
		MvcResult login = this.mvc.perform(formLogin().user(P1).password("011234*Dk"))
			.andExpect(redirectedUrl("/"))
			.andReturn();
		var session = (org.springframework.mock.web.MockHttpSession) login.getRequest().getSession();
		this.mvc.perform(get("/physician").session(session)).andExpect(redirectedUrl("/password"));
		this.mvc.perform(post("/password").session(session).with(csrf()).param("current", "011234*Dk")
			.param("next", "short1").param("repeat", "short1")).andExpect(status().isConflict());
		this.mvc.perform(post("/password").session(session).with(csrf()).param("current", "011234*Dk")
			.param("next", "onlyletters").param("repeat", "onlyletters")).andExpect(status().isConflict());
		this.mvc.perform(post("/password").session(session).with(csrf()).param("current", "011234*Dk")
			.param("next", "Neu2026pass").param("repeat", "Neu2026pass")).andExpect(redirectedUrl("/login?changed"));
		assertThat(this.jdbc.queryForObject("select password_hash from account where username = ?", String.class, P1))
			.startsWith("{bcrypt}");
		this.mvc.perform(formLogin().user(P1).password("011234*Dk")).andExpect(redirectedUrl("/login?error"));
		MvcResult again = this.mvc.perform(formLogin().user(P1).password("Neu2026pass")).andExpect(redirectedUrl("/")).andReturn();
		this.mvc.perform(get("/physician").session((org.springframework.mock.web.MockHttpSession) again.getRequest().getSession()))
			.andExpect(status().isOk());
	}

	@Test
	@DisplayName("spec §Who uses it: lock-out for 15 minutes after 5 failures, even with the right password")
	void lockOut() throws Exception {
		for (int i = 0; i < 5; i++) {
			this.mvc.perform(formLogin().user("ORG_A000001").password("wrong")).andExpect(redirectedUrl("/login?error"));
		}
		this.mvc.perform(formLogin().user("ORG_A000001").password("000001*Dk")).andExpect(redirectedUrl("/login?error"));
		this.clock.advance(Duration.ofMinutes(16));
		this.mvc.perform(formLogin().user("ORG_A000001").password("000001*Dk")).andExpect(redirectedUrl("/"));
	}

	@Test
	@DisplayName("spec §Who uses it: the main institution resets its physician's password, an office its district's institutions; confirmed first, audited")
	void passwordResets() throws Exception {
		this.jdbc.update("update account set initial_password = 'N', must_change_password = 'N', password_hash = 'x' "
				+ "where username in (?, 'ORG_C000003')", P1);
		this.mvc.perform(post("/institution/physicians/" + P2 + "/reset-password").with(as(ORG_A)).with(csrf()))
			.andExpect(status().isForbidden());
		assertThat(body(post("/institution/physicians/" + P1 + "/reset-password").with(as(ORG_A)).with(csrf())))
			.contains("请确认：重置密码", P1);
		assertThat(this.jdbc.queryForObject("select initial_password from account where username = ?", String.class, P1))
			.isEqualTo("N");
		this.mvc.perform(post("/institution/physicians/" + P1 + "/reset-password").with(as(ORG_A)).with(csrf())
			.param("confirmed", "true")).andExpect(status().is3xxRedirection());
		assertThat(this.jdbc.queryForObject("select initial_password from account where username = ?", String.class, P1))
			.isEqualTo("Y");
		this.mvc.perform(post("/office/institutions/ORG_C000003/reset-password").with(as(DAXING)).with(csrf()))
			.andExpect(status().isForbidden());
		this.mvc.perform(post("/office/institutions/ORG_C000003/reset-password").with(as(CITY)).with(csrf())
			.param("confirmed", "true")).andExpect(status().is3xxRedirection());
		assertThat(this.jdbc.queryForObject("select count(*) from audit_event where field = 'password'", Integer.class)).isEqualTo(2);
	}

	// ---------------------------------------------------------------- access control
	@Test
	@DisplayName("spec §Who uses it: each role is refused every other role's pages")
	void rolesAreSeparated() throws Exception {
		String[] physician = { "/physician" };
		String[] institution = { "/institution/physicians", "/institution/ratings", "/institution/profile",
				"/institution/hidden", "/institution/delegated", "/institution/results" };
		String[] office = { "/office", "/office/assessment", "/office/delegations", "/office/accounts", "/office/runs",
				"/office/downloads", "/office/audit" };
		for (CurrentUser user : new CurrentUser[] { PHYSICIAN_1, ORG_A, DAXING, CITY }) {
			check(user, physician, user.role() == Role.PHYSICIAN);
			check(user, institution, user.role() == Role.INSTITUTION);
			check(user, office, user.role().isOffice());
			check(user, new String[] { "/office/feed" }, user.role() == Role.CITY);
		}
		this.mvc.perform(get("/institution/physicians")).andExpect(redirectedUrl("/login"));
	}

	private void check(CurrentUser user, String[] paths, boolean allowed) throws Exception {
		for (String path : paths) {
			int status = this.mvc.perform(get(path).with(as(user))).andReturn().getResponse().getStatus();
			assertThat(status).as(user.username() + " " + path).isEqualTo(allowed ? 200 : 403);
		}
	}

	@Test
	@DisplayName("spec §Who uses it: an institution sees only physicians of its sites; another's by URL is 403")
	void institutionScope() throws Exception {
		String list = this.mvc.perform(get("/institution/physicians").with(as(ORG_A))).andReturn().getResponse()
			.getContentAsString();
		assertThat(list).contains(P1).doesNotContain(P2);
		assertThat(this.mvc.perform(get("/institution/physicians").with(as(ORG_B))).andReturn().getResponse()
			.getContentAsString()).contains(P1);
		this.mvc.perform(get("/institution/physicians/" + P2).with(as(ORG_A))).andExpect(status().isForbidden());
		this.mvc.perform(post("/institution/physicians/" + P2 + "/hide").with(as(ORG_A)).with(csrf()).param("reason", "x"))
			.andExpect(status().isForbidden());
		assertThat(this.mvc.perform(get("/institution/physicians").param("q", "李").with(as(ORG_A))).andReturn()
			.getResponse().getContentAsString()).doesNotContain(P2);
	}

	@Test
	@DisplayName("spec §Who uses it: a district office sees only its district; the city everything")
	void districtScope() throws Exception {
		assertThat(body(get("/office").with(as(DAXING)))).contains("ORG_A000001").doesNotContain("ORG_C000003");
		assertThat(body(get("/office").with(as(CITY)))).contains("ORG_A000001", "ORG_C000003");
	}

	@Test
	@DisplayName("spec §Web: CSRF token required on every POST")
	void csrfRequired() throws Exception {
		this.mvc.perform(post("/physician/confirm").with(as(PHYSICIAN_1)).param("section", "PERSONAL"))
			.andExpect(status().isForbidden());
		assertThat(this.jdbc.queryForObject("select count(*) from physician_confirmation", Integer.class)).isZero();
	}

	// ---------------------------------------------------------------- physician
	@Test
	@DisplayName("spec §Web Physician: confirm, choose a catalog specialty, submit in REGISTRATION; audit written")
	void physicianSubmits() throws Exception {
		register(PHYSICIAN_1, "心血管内科专业");
		Map<String, Object> app = this.jdbc.queryForMap("select * from application where cert_no = ?", P1);
		assertThat(app.get("status")).isEqualTo("SUBMITTED");
		assertThat(app.get("source")).isEqualTo("WEB");
		assertThat(this.jdbc.queryForObject("select count(*) from audit_event where entity = 'application' and username = ?",
				Integer.class, P1)).isGreaterThanOrEqualTo(2);
	}

	@Test
	@DisplayName("spec §Web Physician: a specialty outside the catalog for the scopes is refused")
	void specialtyOutsideCatalog() throws Exception {
		confirmAll(PHYSICIAN_1);
		this.mvc.perform(post("/physician/apply").with(as(PHYSICIAN_1)).with(csrf()).param("specialty", "骨科专业"))
			.andExpect(status().isConflict());
		assertThat(this.jdbc.queryForObject("select count(*) from application", Integer.class)).isZero();
	}

	@Test
	@DisplayName("manual 医师暂存: a hidden physician cannot register and is told to contact the institution")
	void hiddenPhysicianCannotSubmit() throws Exception {
		confirmAll(PHYSICIAN_1);
		this.mvc.perform(post("/institution/physicians/" + P1 + "/hide").with(as(ORG_A)).with(csrf()).param("reason", "进修")
			.param("confirmed", "true")).andExpect(status().is3xxRedirection());
		assertThat(body(post("/physician/apply").with(as(PHYSICIAN_1)).with(csrf()).param("specialty", "内科专业")))
			.contains("解除隐藏");
		assertThat(this.jdbc.queryForObject("select count(*) from application", Integer.class)).isZero();
	}

	@Test
	@DisplayName("spec §Timeline: submit outside REGISTRATION is refused with a message and changes nothing")
	void submitOutsidePhase() throws Exception {
		confirmAll(PHYSICIAN_1);
		this.clock.setDate(LocalDate.of(2026, 5, 2));
		String page = body(post("/physician/apply").with(as(PHYSICIAN_1)).with(csrf()).param("specialty", "内科专业"));
		assertThat(page).contains("医师个人网上报名阶段");
		assertThat(this.jdbc.queryForObject("select count(*) from application", Integer.class)).isZero();
	}

	// ---------------------------------------------------------------- institution
	@Test
	@DisplayName("spec §Web Institution: approve (批量审核) in REVIEW, return with a reason (打回); only the main org")
	void reviewApplications() throws Exception {
		register(PHYSICIAN_1, "内科专业");
		register(PHYSICIAN_2, "外科专业");
		this.mvc.perform(post("/institution/approve").with(as(ORG_A)).with(csrf()).param("certNo", P1)
			.param("confirmed", "true")).andExpect(status().isConflict());
		this.clock.setDate(LocalDate.of(2026, 5, 3));
		this.mvc.perform(post("/institution/approve").with(as(ORG_B)).with(csrf()).param("certNo", P1)
			.param("confirmed", "true")).andExpect(status().isConflict());
		this.mvc.perform(post("/institution/approve").with(as(ORG_A)).with(csrf()).param("certNo", P1, P2)
			.param("confirmed", "true")).andExpect(status().isForbidden());
		assertThat(body(post("/institution/approve").with(as(ORG_A)).with(csrf()).param("certNo", P1)))
			.contains("请确认：审核通过", "将审核通过以下 1 名医师", "张医生");
		assertThat(statusOf(P1)).isEqualTo("SUBMITTED");
		this.mvc.perform(post("/institution/approve").with(as(ORG_A)).with(csrf()).param("certNo", P1)
			.param("confirmed", "true")).andExpect(status().is3xxRedirection());
		assertThat(statusOf(P1)).isEqualTo("APPROVED");
		assertThat(statusOf(P2)).isEqualTo("SUBMITTED");
		// 打回 is confirmed like 审核通过, and both the confirmation and the notice name the physician
		assertThat(body(post("/institution/physicians/" + P1 + "/return").with(as(ORG_A)).with(csrf()).param("reason", "专业有误")))
			.contains("请确认：打回报名", "将打回 张医生（" + P1 + "）的报名", "打回原因：专业有误", "name=\"confirmed\" value=\"true\"");
		assertThat(statusOf(P1)).isEqualTo("APPROVED");
		this.mvc.perform(post("/institution/physicians/" + P1 + "/return").with(as(ORG_A)).with(csrf()).param("reason", "专业有误")
			.param("confirmed", "true"))
			.andExpect(status().is3xxRedirection())
			.andExpect(flash().attribute("notice", org.hamcrest.Matchers.containsString("已打回 张医生（" + P1 + "）的报名")));
		assertThat(statusOf(P1)).isEqualTo("RETURNED");
		assertThat(this.jdbc.queryForObject("select return_reason from application where cert_no = ?", String.class, P1))
			.isEqualTo("专业有误");
		assertThat(this.jdbc.queryForObject("select count(*) from audit_event where entity = 'application' and username = 'ORG_A000001'",
				Integer.class)).isEqualTo(3);
	}

	@Test
	@DisplayName("spec §Web Institution, manual §6: any site hides its own physician with a reason, unhides from 暂存")
	void hideAndUnhide() throws Exception {
		// a secondary site hides only itself: the physician leaves its list, not the main org's
		this.mvc.perform(post("/institution/physicians/" + P1 + "/hide").with(as(ORG_B)).with(csrf()).param("reason", "离职")
			.param("confirmed", "true")).andExpect(status().is3xxRedirection());
		assertThat(body(get("/institution/physicians").with(as(ORG_B)))).doesNotContain(P1);
		assertThat(body(get("/institution/physicians").with(as(ORG_A)))).contains(P1);
		this.mvc.perform(post("/institution/physicians/" + P1 + "/unhide").with(as(ORG_B)).with(csrf()))
			.andExpect(status().is3xxRedirection());
		assertThat(body(get("/institution/physicians").with(as(ORG_B)))).contains(P1);
		this.mvc.perform(post("/institution/physicians/" + P1 + "/hide").with(as(ORG_A)).with(csrf()).param("reason", "离职")
			.param("confirmed", "true")).andExpect(status().is3xxRedirection());
		assertThat(body(get("/institution/physicians").with(as(ORG_A)))).doesNotContain(P1);
		assertThat(body(get("/institution/hidden").with(as(ORG_A)))).contains(P1, "离职");
		this.mvc.perform(post("/institution/physicians/" + P1 + "/unhide").with(as(ORG_A)).with(csrf()))
			.andExpect(status().is3xxRedirection());
		assertThat(body(get("/institution/physicians").with(as(ORG_A)))).contains(P1);
		this.clock.setDate(LocalDate.of(2026, 8, 11));
		this.mvc.perform(post("/institution/physicians/" + P1 + "/hide").with(as(ORG_A)).with(csrf()).param("reason", "x")
			.param("confirmed", "true")).andExpect(status().isConflict());
	}

	@Test
	@DisplayName("spec §Web Institution: every site rates in EVALUATION; all-pass only after confirming the count; confirm in CONFIRMATION")
	void ratings() throws Exception {
		register(PHYSICIAN_1, "内科专业");
		this.clock.setDate(LocalDate.of(2026, 5, 3));
		approve(ORG_A, P1);
		this.mvc.perform(post("/institution/ratings").with(as(ORG_A)).with(csrf()).param("certNo", P1)
			.param("ethics-" + P1, "PASS").param("performance-" + P1, "PASS")).andExpect(status().isConflict());
		this.clock.setDate(LocalDate.of(2026, 6, 1));
		this.mvc.perform(post("/institution/ratings").with(as(ORG_A)).with(csrf()).param("certNo", P1)
			.param("ethics-" + P1, "PASS").param("performance-" + P1, "FAIL")).andExpect(status().is3xxRedirection());
		this.mvc.perform(post("/institution/ratings").with(as(ORG_C)).with(csrf()).param("certNo", P1)
			.param("ethics-" + P1, "PASS").param("performance-" + P1, "PASS")).andExpect(status().isForbidden());
		assertThat(body(get("/institution/ratings/all-pass").with(as(ORG_B)))).contains("将把列表中尚未评价的 1 名医师");
		this.mvc.perform(post("/institution/ratings/all-pass").with(as(ORG_B)).with(csrf()).param("count", "2"))
			.andExpect(status().isConflict());
		this.mvc.perform(post("/institution/ratings/all-pass").with(as(ORG_B)).with(csrf()).param("count", "1"))
			.andExpect(status().is3xxRedirection());
		assertThat(this.jdbc.queryForObject("select count(*) from evaluation where cert_no = ? and source = 'WEB'",
				Integer.class, P1)).isEqualTo(2);
		assertThat(this.jdbc.queryForObject("select performance from evaluation where org_code = 'ORG_A000001'", String.class))
			.isEqualTo("FAIL");
		this.mvc.perform(post("/institution/ratings/confirm").with(as(ORG_A)).with(csrf()).param("confirmed", "true"))
			.andExpect(status().isConflict());
		this.clock.setDate(LocalDate.of(2026, 6, 28));
		assertThat(body(post("/institution/ratings/confirm").with(as(ORG_A)).with(csrf()))).contains("将确认本院 1 条评价");
		this.mvc.perform(post("/institution/ratings/confirm").with(as(ORG_A)).with(csrf()).param("confirmed", "true"))
			.andExpect(status().is3xxRedirection());
		assertThat(this.jdbc.queryForObject("select confirmed from evaluation where org_code = 'ORG_A000001'", String.class))
			.isEqualTo("Y");
		assertThat(this.jdbc.queryForObject("select count(*) from audit_event where entity = 'evaluation'", Integer.class))
			.isEqualTo(4);
	}

	// ---------------------------------------------------------------- offices
	@Test
	@DisplayName("manual §5: an assessment institution is effective 24 h after the office approves; sees delegated physicians")
	void assessmentInstitution() throws Exception {
		this.mvc.perform(post("/institution/profile/assessment").with(as(ORG_B)).with(csrf())).andExpect(status().is3xxRedirection());
		this.mvc.perform(post("/office/assessment/ORG_B000002/approve").with(as(CHAOYANG)).with(csrf()))
			.andExpect(status().isForbidden());
		this.mvc.perform(post("/office/assessment/ORG_B000002/approve").with(as(DAXING)).with(csrf()))
			.andExpect(status().is3xxRedirection());
		assertThat(body(get("/institution/delegated").with(as(ORG_B)))).contains("尚不是考核机构");
		this.clock.advance(Duration.ofHours(25));
		assertThat(body(get("/institution/delegated").with(as(ORG_B)))).doesNotContain("尚不是考核机构");
	}

	@Test
	@DisplayName("spec §Web District office: delegate an approved physician of its district to an association's exam org")
	void delegation() throws Exception {
		register(PHYSICIAN_1, "内科专业");
		approve(ORG_A, P1);
		String board = "北京健康管理协会";
		this.mvc.perform(post("/office/delegations").with(as(CHAOYANG)).with(csrf()).param("certNo", P1)
			.param("board", board).param("examOrg", "ORG_C000003")).andExpect(status().isForbidden());
		this.mvc.perform(post("/office/delegations").with(as(DAXING)).with(csrf()).param("certNo", P1)
			.param("board", board).param("examOrg", "ORG_C000003")).andExpect(status().is3xxRedirection());
		assertThat(this.jdbc.queryForObject("select exam_org_code from application where cert_no = ?", String.class, P1))
			.isEqualTo("ORG_C000003");
		assertThat(body(get("/institution/delegated").with(as(ORG_C)))).contains(P1);
		assertThat(body(get("/office/audit").with(as(DAXING)))).contains("业务水平考核机构", "委托协会");
		assertThat(body(get("/office/audit").with(as(CHAOYANG)))).doesNotContain("业务水平考核机构");
	}

	@Test
	@DisplayName("spec §Web Institution: confirm registration, keep committee/office members; another's member by id is 403")
	void registrationAndMembers() throws Exception {
		this.mvc.perform(post("/institution/profile/confirm").with(as(ORG_A)).with(csrf())).andExpect(status().is3xxRedirection());
		this.mvc.perform(post("/institution/profile/members").with(as(ORG_A)).with(csrf()).param("body", "COMMITTEE")
			.param("name", "王主任").param("position", "主任委员")).andExpect(status().is3xxRedirection());
		Long id = this.jdbc.queryForObject("select id from institution_member where org_code = 'ORG_A000001'", Long.class);
		this.mvc.perform(post("/institution/profile/members").with(as(ORG_B)).with(csrf()).param("id", id.toString())
			.param("name", "篡改")).andExpect(status().isForbidden());
		this.mvc.perform(post("/institution/profile/members/" + id + "/delete").with(as(ORG_B)).with(csrf())
			.param("confirmed", "true")).andExpect(status().isForbidden());
		assertThat(body(get("/institution/profile").with(as(ORG_A)))).contains("王主任", "已于");
		assertThat(body(get("/institution/profile").with(as(ORG_B)))).doesNotContain("王主任");
		assertThat(body(post("/institution/profile/members/" + id + "/delete").with(as(ORG_A)).with(csrf())))
			.contains("请确认：删除成员", "王主任");
		assertThat(count("select count(*) from institution_member")).isOne();
		this.mvc.perform(post("/institution/profile/members/" + id + "/delete").with(as(ORG_A)).with(csrf())
			.param("confirmed", "true")).andExpect(status().is3xxRedirection());
		assertThat(this.jdbc.queryForObject("select count(*) from institution_member", Integer.class)).isZero();
		assertThat(this.jdbc.queryForObject("select count(*) from audit_event where entity = 'institution_member'", Integer.class))
			.isEqualTo(2);
	}

	@Test
	@DisplayName("spec §Timeline CLOSE: nothing changes after CLOSE, offices still see everything")
	void nothingChangesAfterClose() throws Exception {
		this.mvc.perform(post("/institution/profile/assessment").with(as(ORG_B)).with(csrf()));
		this.clock.setDate(LocalDate.of(2026, 8, 11));
		assertThat(body(post("/office/assessment/ORG_B000002/approve").with(as(DAXING)).with(csrf()))).contains("考核通道已于 2026-08-10 关闭");
		this.mvc.perform(post("/institution/profile/confirm").with(as(ORG_A)).with(csrf())).andExpect(status().isConflict());
		this.mvc.perform(post("/institution/profile/members").with(as(ORG_A)).with(csrf()).param("name", "王主任"))
			.andExpect(status().isConflict());
		assertThat(this.jdbc.queryForObject("select status from assessment_application", String.class)).isEqualTo("PENDING");
		assertThat(this.jdbc.queryForObject("select count(*) from institution_member", Integer.class)).isZero();
		this.mvc.perform(get("/office").with(as(DAXING))).andExpect(status().isOk());
	}

	@Test
	@DisplayName("spec §Web District office: start a run, watch progress, download only its own district's workbook")
	void runAndDownload() throws Exception {
		// the night is the city's: a district office starts it while offices check the data (VERIFICATION … CLOSE)
		assertThat(body(get("/office/runs").with(as(DAXING)))).contains("全市", "区定考办启动夜间处理从核对确认阶段开始，8月1日起")
			.doesNotContain("id=\"start-run\"");
		assertThat(body(post("/office/runs").with(as(DAXING)).with(csrf()))).contains("8月1日起");
		assertThat(body(get("/office/runs").with(as(CITY)))).contains("id=\"start-run\"");
		this.clock.setDate(LocalDate.of(2026, 8, 11));
		assertThat(body(get("/office/runs").with(as(DAXING)))).contains("由市定考办启动").doesNotContain("id=\"start-run\"");
		assertThat(body(get("/office/runs").with(as(CITY)))).contains("向电子化注册系统报送", "id=\"start-run\"");
		this.clock.setDate(LocalDate.of(2026, 8, 3));
		Long before = this.jdbc.queryForObject("select coalesce(max(job_execution_id), 0) from BATCH_JOB_EXECUTION", Long.class);
		this.mvc.perform(post("/office/runs").with(as(DAXING)).with(csrf())).andExpect(status().is3xxRedirection());
		long id = 0;
		for (int i = 0; i < 1800 && id == 0; i++) { // up to 3 minutes on a loaded machine
			Thread.sleep(100);
			Long found = this.jdbc.queryForObject("select max(job_execution_id) from BATCH_JOB_EXECUTION "
					+ "where status = 'COMPLETED' and job_execution_id > ?", Long.class, before);
			id = found == null ? 0 : found;
		}
		assertThat(id).as("the run completed").isPositive();
		assertThat(body(get("/office/runs/" + id + "/progress").with(as(DAXING)))).contains("\"status\":\"已完成\"", "汇总表",
				"导入「应考医师」");
		String downloads = body(get("/office/downloads").with(as(DAXING)));
		assertThat(downloads).contains("110115_大兴区_定考汇总_20260803.xlsx").doesNotContain("110105_");
		this.mvc.perform(get("/office/downloads/110115_大兴区_定考汇总_20260803.xlsx").with(as(DAXING))).andExpect(status().isOk());
		this.mvc.perform(get("/office/downloads/110105_朝阳区_定考汇总_20260803.xlsx").with(as(DAXING))).andExpect(status().isForbidden());
		this.mvc.perform(get("/office/downloads/110115_..%2F..%2Fx.xlsx").with(as(DAXING))).andExpect(status().is4xxClientError());
		this.mvc.perform(get("/office/downloads/110105_朝阳区_定考汇总_20260803.xlsx").with(as(CITY))).andExpect(status().isOk());
	}

	@Test
	@DisplayName("spec §Web City office: feed deliveries listed for the city only")
	void feedDeliveries() throws Exception {
		this.jdbc.update("DELETE FROM feed_delivered_row");
		this.jdbc.update("DELETE FROM feed_delivery");
		this.jdbc.update("DELETE FROM feed_counter");
		this.jdbc.update("INSERT INTO feed_delivery (cycle_year, seq_no, file_name, feed_mode, row_count, sha256, business_date, "
				+ "generated_at, folder, job_instance_id) VALUES (2026, 1, 'DK_2026_20260811_0001.csv', 'FULL', 2, ?, "
				+ "'2026-08-11', CURRENT_TIMESTAMP, 'out/feed/2026', -1)", "a".repeat(64));
		assertThat(body(get("/office/feed").with(as(CITY)))).contains("DK_2026_20260811_0001.csv", "全量");
		this.mvc.perform(get("/office/feed").with(as(DAXING))).andExpect(status().isForbidden());
	}

	@Test
	@DisplayName("spec §Web: the audit page of a district office shows only its district's changes")
	void auditScope() throws Exception {
		register(PHYSICIAN_1, "内科专业");
		register(PHYSICIAN_2, "外科专业");
		assertThat(body(get("/office/audit").with(as(DAXING)))).contains(P1).doesNotContain(P2);
		assertThat(body(get("/office/audit").with(as(CITY)))).contains(P1, P2);
	}

	@Test
	@DisplayName("spec §Web Physician: sees own application, sites and results only")
	void physicianSeesOwnData() throws Exception {
		register(PHYSICIAN_1, "内科专业");
		String page = body(get("/physician").with(as(PHYSICIAN_1)));
		assertThat(page).contains("已提交待审核", "大兴区中医医院").doesNotContain(P2, "李医生");
	}

}
