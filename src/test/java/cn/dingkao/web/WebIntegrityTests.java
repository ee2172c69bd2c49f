package cn.dingkao.web;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MvcResult;

import static cn.dingkao.web.WebFixtures.P1;
import static cn.dingkao.web.WebFixtures.P2;
import static cn.dingkao.web.WebFixtures.P3;
import static cn.dingkao.web.WebTestUsers.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Issue 11, part 1 and 2: every web write keeps its integrity — all pass never overwrites a rating, a returned
 * application can be corrected, nobody but the main institution and the offices takes over a physician's account,
 * and review and delegation show what prevents a mistake.
 */
class WebIntegrityTests extends WebTestSupport {

	private static final CurrentUser PHYSICIAN_3 = new CurrentUser(P3, Role.PHYSICIAN, "ORG_A000001", "110115", false);

	// ---------------------------------------------------------------- all pass (HIGH)
	@Test
	@DisplayName("spec §Web Institution: all pass rates only physicians not yet rated, never turns 不合格 into 合格, audits each")
	void allPassKeepsExistingFail() throws Exception {
		register(PHYSICIAN_1, "内科专业");
		register(PHYSICIAN_3, "外科专业");
		approve(ORG_A, P1, P3);
		this.clock.setDate(LocalDate.of(2026, 6, 1));
		this.mvc.perform(post("/institution/ratings").with(as(ORG_A)).with(csrf()).param("certNo", P1, P3)
			.param("ethics-" + P1, "FAIL").param("performance-" + P1, "FAIL")).andExpect(status().is3xxRedirection());
		int auditBefore = count("select count(*) from audit_event where entity = 'evaluation'");

		// the reported path: filter 待评价, then all pass; and the whole list: both name the one unrated physician
		assertThat(body(get("/institution/ratings/all-pass").param("status", "UNRATED").with(as(ORG_A))))
			.contains("将把列表中尚未评价的 1 名医师");
		assertThat(body(get("/institution/ratings/all-pass").param("status", "ALL").with(as(ORG_A))))
			.contains("将把列表中尚未评价的 1 名医师", "已评价的 1 名医师（包括评为不合格的）保持原评价");
		this.mvc.perform(post("/institution/ratings/all-pass").with(as(ORG_A)).with(csrf()).param("status", "ALL")
			.param("count", "1")).andExpect(status().is3xxRedirection());

		Map<String, Object> failed = this.jdbc.queryForMap(
				"select ethics, performance from evaluation where cert_no = ? and org_code = 'ORG_A000001'", P1);
		assertThat(failed).containsEntry("ethics", "FAIL").containsEntry("performance", "FAIL");
		Map<String, Object> passed = this.jdbc.queryForMap(
				"select ethics, performance, confirmed from evaluation where cert_no = ? and org_code = 'ORG_A000001'", P3);
		assertThat(passed).containsEntry("ethics", "PASS").containsEntry("performance", "PASS").containsEntry("confirmed", "N");
		List<Map<String, Object>> audit = this.jdbc.queryForList(
				"select entity_key, old_value, new_value from audit_event where entity = 'evaluation' order by id");
		assertThat(audit).hasSize(auditBefore + 1);
		assertThat(audit.get(audit.size() - 1)).containsEntry("entity_key", P3 + "/ORG_A000001/2026")
			.containsEntry("new_value", "PASS/PASS");

		// nothing left to rate: a second all pass names nobody and changes nothing
		assertThat(body(get("/institution/ratings/all-pass").with(as(ORG_A)))).contains("列表中没有尚未评价的医师");
		this.mvc.perform(post("/institution/ratings/all-pass").with(as(ORG_A)).with(csrf()).param("count", "1"))
			.andExpect(status().isConflict());
		assertThat(this.jdbc.queryForObject("select ethics from evaluation where cert_no = ? and org_code = 'ORG_A000001'",
				String.class, P1)).isEqualTo("FAIL");
	}

	// ---------------------------------------------------------------- returned application (HIGH)
	@Test
	@DisplayName("spec §Web Institution: a returned physician corrects and resubmits during REVIEW; the institution approves it")
	void returnedApplicationIsResubmittedDuringReview() throws Exception {
		register(PHYSICIAN_1, "内科专业");
		this.clock.setDate(LocalDate.of(2026, 5, 3));
		this.mvc.perform(post("/institution/physicians/" + P1 + "/return").with(as(ORG_A)).with(csrf())
			.param("reason", "请改报心血管内科专业").param("confirmed", "true")).andExpect(status().is3xxRedirection());
		String page = body(get("/physician").with(as(PHYSICIAN_1)));
		assertThat(page).contains("请改报心血管内科专业", "修改后重新提交").doesNotContain("id=\"apply-hint\"");
		// the returned message comes before every section of the page
		assertThat(page.indexOf("id=\"return-reason\"")).isPositive().isLessThan(page.indexOf("id=\"personal\""));

		this.mvc.perform(post("/physician/apply").with(as(PHYSICIAN_1)).with(csrf()).param("specialty", "心血管内科专业"))
			.andExpect(status().is3xxRedirection());
		Map<String, Object> app = this.jdbc.queryForMap("select status, specialty, return_reason from application where cert_no = ?", P1);
		assertThat(app).containsEntry("status", "SUBMITTED").containsEntry("specialty", "心血管内科专业");
		assertThat(app.get("return_reason")).isNull();
		assertThat(count("select count(*) from audit_event where entity = 'application' and username = ? and field = 'status' "
				+ "and old_value = 'RETURNED' and new_value = 'SUBMITTED'", P1)).isOne();

		approve(ORG_A, P1);
		assertThat(statusOf(P1)).isEqualTo("APPROVED");
	}

	@Test
	@DisplayName("spec §Web: a resubmission outside REGISTRATION and REVIEW, or of an application that was not returned, is refused")
	void resubmissionOnlyForReturnedDuringReview() throws Exception {
		register(PHYSICIAN_1, "内科专业");
		this.clock.setDate(LocalDate.of(2026, 5, 3));
		// submitted, not returned: REVIEW is not a time to change it
		this.mvc.perform(post("/physician/apply").with(as(PHYSICIAN_1)).with(csrf()).param("specialty", "心血管内科专业"))
			.andExpect(status().isConflict());
		this.mvc.perform(post("/institution/physicians/" + P1 + "/return").with(as(ORG_A)).with(csrf()).param("reason", "专业有误")
			.param("confirmed", "true"));
		this.clock.setDate(LocalDate.of(2026, 5, 30));
		assertThat(body(post("/physician/apply").with(as(PHYSICIAN_1)).with(csrf()).param("specialty", "心血管内科专业")))
			.contains("被打回的报名可在", "报名审核阶段（2026-05-01 至 2026-05-24）");
		assertThat(statusOf(P1)).isEqualTo("RETURNED");
	}

	// ---------------------------------------------------------------- account takeover
	@Test
	@DisplayName("spec §Who uses it: a secondary site cannot reset a physician's password, not even after CLOSE; nothing changes")
	void secondarySiteCannotResetPassword() throws Exception {
		this.jdbc.update("update account set initial_password = 'N', must_change_password = 'N', password_hash = 'x' where username = ?", P1);
		for (LocalDate day : new LocalDate[] { LocalDate.of(2026, 5, 3), LocalDate.of(2026, 8, 20) }) {
			this.clock.setDate(day);
			this.mvc.perform(post("/institution/physicians/" + P1 + "/reset-password").with(as(ORG_B)).with(csrf())
				.param("confirmed", "true")).andExpect(status().isForbidden());
		}
		assertThat(this.jdbc.queryForObject("select initial_password from account where username = ?", String.class, P1))
			.isEqualTo("N");
		assertThat(body(get("/institution/physicians/" + P1).with(as(ORG_B)))).doesNotContain("id=\"reset\"");
		assertThat(count("select count(*) from audit_event")).isZero();
	}

	@Test
	@DisplayName("spec §Who uses it: a reset ends the account's open sessions and is audited")
	void resetEndsOpenSessions() throws Exception {
		MvcResult login = this.mvc.perform(formLogin().user(P1).password("011234*Dk")).andExpect(redirectedUrl("/")).andReturn();
		MockHttpSession session = (MockHttpSession) login.getRequest().getSession();
		this.mvc.perform(post("/password").session(session).with(csrf()).param("current", "011234*Dk")
			.param("next", "Zhang2026ok").param("repeat", "Zhang2026ok")).andExpect(redirectedUrl("/login?changed"));
		MvcResult again = this.mvc.perform(formLogin().user(P1).password("Zhang2026ok")).andExpect(redirectedUrl("/")).andReturn();
		MockHttpSession open = (MockHttpSession) again.getRequest().getSession();
		this.mvc.perform(get("/physician").session(open)).andExpect(status().isOk());

		this.mvc.perform(post("/institution/physicians/" + P1 + "/reset-password").with(as(ORG_A)).with(csrf())
			.param("confirmed", "true")).andExpect(status().is3xxRedirection());

		this.mvc.perform(get("/physician").session(open)).andExpect(redirectedUrl("/login?ended"));
		assertThat(open.isInvalid()).isTrue();
		assertThat(count("select count(*) from audit_event where entity = 'account' and entity_key = ? and username = 'ORG_A000001'",
				P1)).isOne();
		this.mvc.perform(formLogin().user(P1).password("Zhang2026ok")).andExpect(redirectedUrl("/login?error"));
		this.mvc.perform(formLogin().user(P1).password("011234*Dk")).andExpect(redirectedUrl("/"));
	}

	@Test
	@DisplayName("spec §Who uses it: offices reset their district's physicians and institutions only")
	void officesResetWithinTheirDistrict() throws Exception {
		this.mvc.perform(post("/office/accounts/reset").with(as(CHAOYANG)).with(csrf()).param("account", P1)
			.param("confirmed", "true")).andExpect(status().isConflict());
		this.mvc.perform(post("/office/accounts/reset").with(as(CHAOYANG)).with(csrf()).param("account", "ORG_A000001")
			.param("confirmed", "true")).andExpect(status().isConflict());
		assertThat(body(post("/office/accounts/reset").with(as(DAXING)).with(csrf()).param("account", "dk110105")
			.param("confirmed", "true"))).contains("账号 dk110105 不存在，或不是本区的医疗机构或医师账号");
		this.mvc.perform(post("/office/institutions/ORG_A000001/reset-password").with(as(CHAOYANG)).with(csrf())
			.param("confirmed", "true")).andExpect(status().isForbidden());
		assertThat(count("select count(*) from account where credentials_version > 0")).isZero();
		this.mvc.perform(post("/office/accounts/reset").with(as(DAXING)).with(csrf()).param("account", P1)
			.param("confirmed", "true")).andExpect(status().is3xxRedirection());
		this.mvc.perform(post("/office/accounts/reset").with(as(CITY)).with(csrf()).param("account", P2)
			.param("confirmed", "true")).andExpect(status().is3xxRedirection());
		assertThat(count("select count(*) from audit_event where entity = 'account'")).isEqualTo(2);
		assertThat(count("select count(*) from account where credentials_version = 1")).isEqualTo(2);
	}

	// ---------------------------------------------------------------- review and delegation
	@Test
	@DisplayName("spec §Web Institution: the review shows the 执业范围 and flags a specialty outside them before approval")
	void reviewFlagsSpecialtyOutsideScopes() throws Exception {
		register(PHYSICIAN_1, "内科专业");
		// an imported application may name any specialty: 口腔专业 is outside 内科专业
		this.jdbc.update("update application set specialty = '口腔专业' where cert_no = ?", P1);
		this.clock.setDate(LocalDate.of(2026, 5, 3));
		assertThat(body(get("/institution/physicians/" + P1).with(as(ORG_A)))).contains("内科专业", "口腔专业",
				"报考专业不在执业范围内");
		assertThat(body(get("/institution/physicians").param("status", "SUBMITTED").with(as(ORG_A))))
			.contains("（不在执业范围内）");
		assertThat(body(post("/institution/approve").with(as(ORG_A)).with(csrf()).param("certNo", P1)))
			.contains("其中 1 名的报考专业不在其执业范围内", "报考专业不在执业范围内，应打回请医师改选");
		assertThat(statusOf(P1)).isEqualTo("SUBMITTED");
		this.jdbc.update("update application set specialty = '心血管内科专业' where cert_no = ?", P1);
		assertThat(body(get("/institution/physicians/" + P1).with(as(ORG_A)))).doesNotContain("报考专业不在执业范围内");
	}

	@Test
	@DisplayName("附件2 注2: delegation only to an association whose catalog rows cover the physician's scope")
	void delegationOnlyToMatchingAssociation() throws Exception {
		register(PHYSICIAN_1, "内科专业");
		approve(ORG_A, P1);
		String refused = body(post("/office/delegations").with(as(DAXING)).with(csrf()).param("certNo", P1)
			.param("board", "北京医疗整形美容业协会").param("examOrg", "ORG_C000003"));
		assertThat(refused).contains("执业范围是「内科专业」", "不能委托给该协会", "可委托的协会：北京健康管理协会");
		assertThat(count("select count(*) from exam_delegation")).isZero();
		assertThat(this.jdbc.queryForObject("select exam_org_code from application where cert_no = ?", String.class, P1)).isNull();
		this.mvc.perform(post("/office/delegations").with(as(DAXING)).with(csrf()).param("certNo", P1)
			.param("board", "北京健康管理协会").param("examOrg", "ORG_C000003")).andExpect(status().is3xxRedirection());
		assertThat(count("select count(*) from exam_delegation where board = '北京健康管理协会'")).isOne();
	}

	@Test
	@DisplayName("spec §Web Institution, manual §6: a secondary site gets its hide form, and its hide removes only that site")
	void secondarySiteHasHideForm() throws Exception {
		String page = body(get("/institution/physicians/" + P1).with(as(ORG_B)));
		assertThat(page).contains("id=\"hide\"", "本院是该医师的其他执业机构").doesNotContain("id=\"approve\"");
		assertThat(body(post("/institution/physicians/" + P1 + "/hide").with(as(ORG_B)).with(csrf()).param("reason", "已离职")))
			.contains("请确认：隐藏医师", "本院不再评价该医师");
		assertThat(count("select count(*) from physician_hide")).isZero();
		this.mvc.perform(post("/institution/physicians/" + P1 + "/hide").with(as(ORG_B)).with(csrf()).param("reason", "已离职")
			.param("confirmed", "true")).andExpect(status().is3xxRedirection());
		assertThat(count("select count(*) from physician_hide where org_code = 'ORG_B000002'")).isOne();
		// the physician can still register: only the main org's hide takes them out
		register(PHYSICIAN_1, "内科专业");
		assertThat(statusOf(P1)).isEqualTo("SUBMITTED");
		assertThat(body(get("/physician").with(as(PHYSICIAN_1)))).contains("大兴区中医医院 已将您暂存（隐藏）");
	}

	@Test
	@DisplayName("附件2: the specialty choices are exactly the catalog's exam specialties for the scopes; 方案§五 category texts")
	void specialtyChoicesFromTheCatalog() throws Exception {
		this.jdbc.update("update physician set practice_scopes = '全科医学科专业;医学影像和放射治疗专业' where cert_no = ?", P1);
		String page = body(get("/physician").with(as(PHYSICIAN_1)));
		assertThat(page).contains("<option value=\"全科医学专业\">", "<option value=\"放射诊断专业\">",
				"<option value=\"介入放射学专业\">")
			.doesNotContain("<option value=\"全科医学科专业\">", "<option value=\"医学影像和放射治疗专业\">");
		assertThat(page).contains("（二）截至2026年12月31日，满60岁仍从事医师执业工作的注册医师",
				"（五）2024年-2026年内参加援外、援藏、援疆、援蒙等政府选派支援外省市工作满三个月的医师");
		// an association's specialty only once the office delegated the physician to it
		String surgeon = body(get("/physician").with(as(PHYSICIAN_2)));
		assertThat(surgeon).contains("<option value=\"骨科专业\">").doesNotContain("美容外科专业");
		confirmAll(PHYSICIAN_1);
		this.mvc.perform(post("/physician/apply").with(as(PHYSICIAN_1)).with(csrf()).param("specialty", "全科医学科专业"))
			.andExpect(status().isConflict());
	}

	@Test
	@DisplayName("plan §五: a simplified claim carries what its category needs (evidence number, date, months of aid)")
	void simplifiedClaimsCarryTheirEvidence() throws Exception {
		confirmAll(PHYSICIAN_1);
		this.mvc.perform(post("/physician/apply").with(as(PHYSICIAN_1)).with(csrf()).param("specialty", "内科专业")
			.param("simplified", "Y").param("simplifiedCategory", "5").param("evidenceRef", "援藏-2025-01")
			.param("evidenceDate", "2025-03-01")).andExpect(status().isConflict());
		this.mvc.perform(post("/physician/apply").with(as(PHYSICIAN_1)).with(csrf()).param("specialty", "内科专业")
			.param("simplified", "Y").param("simplifiedCategory", "2")).andExpect(status().is3xxRedirection());
		Map<String, Object> app = this.jdbc.queryForMap("select simplified, simplified_category, evidence_ref from application where cert_no = ?", P1);
		assertThat(app).containsEntry("simplified", "Y");
		assertThat(((Number) app.get("simplified_category")).intValue()).isEqualTo(2);
		assertThat(app.get("evidence_ref")).isNull();
	}

	// ---------------------------------------------------------------- progress counts
	@Test
	@DisplayName("spec §Web District office: the dashboard counts web changes at once (registered, approved, rated)")
	void dashboardCountsWebChanges() throws Exception {
		assertThat(body(get("/office").with(as(DAXING)))).contains("大兴区人民医院");
		assertThat(progress("registered")).isZero();
		register(PHYSICIAN_1, "内科专业");
		register(PHYSICIAN_3, "外科专业");
		body(get("/office").with(as(DAXING)));
		assertThat(progress("registered")).isEqualTo(2);
		approve(ORG_A, P1);
		this.clock.setDate(LocalDate.of(2026, 6, 1));
		this.mvc.perform(post("/institution/ratings").with(as(ORG_A)).with(csrf()).param("certNo", P1)
			.param("ethics-" + P1, "PASS").param("performance-" + P1, "PASS"));
		body(get("/office").with(as(DAXING)));
		assertThat(progress("approved")).isEqualTo(1);
		assertThat(progress("rated")).isZero(); // ORG_B, P1's other site, has not rated yet
		this.mvc.perform(post("/institution/ratings").with(as(ORG_B)).with(csrf()).param("certNo", P1)
			.param("ethics-" + P1, "PASS").param("performance-" + P1, "PASS"));
		body(get("/office").with(as(CITY)));
		assertThat(progress("rated")).isEqualTo(1);
		assertThat(progress("physicians")).isEqualTo(2);
	}

	private long progress(String column) {
		return this.jdbc.queryForObject("select " + column + " from progress_count where org_code = 'ORG_A000001'", Long.class);
	}

}
