package cn.dingkao.web;

import java.time.LocalDate;
import java.util.Map;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import static cn.dingkao.web.WebFixtures.P1;
import static cn.dingkao.web.WebFixtures.P2;
import static cn.dingkao.web.WebFixtures.P3;
import static cn.dingkao.web.WebTestUsers.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Issue 25: the audit page filters by who, what, physician and date, within the office's scope, and shows names
 * beside codes; the header names the account.
 */
class AuditPageTests extends WebTestSupport {

	/** 04-10: P1, P3 (大兴) and P2 (朝阳) register; 05-03: 大兴区人民医院 returns P1; 大兴区定考办 resets 大兴区中医医院. */
	private void aYearSoFar() throws Exception {
		register(PHYSICIAN_1, "内科专业");
		register(WebTestUsers.PHYSICIAN_2, "外科专业");
		this.clock.setDate(LocalDate.of(2026, 5, 3));
		this.mvc.perform(post("/institution/physicians/" + P1 + "/return").with(as(ORG_A)).with(csrf())
			.param("reason", "专业有误").param("confirmed", "true")).andExpect(status().is3xxRedirection());
		this.mvc.perform(post("/office/institutions/ORG_B000002/reset-password").with(as(DAXING)).with(csrf())
			.param("confirmed", "true")).andExpect(status().is3xxRedirection());
	}

	@Test
	@DisplayName("issue 25: each change records the physician and the institution it concerns")
	void changesRecordWhomTheyConcern() throws Exception {
		aYearSoFar();
		assertThat(count("select count(*) from audit_event where entity = 'application' and cert_no = ?", P1)).isPositive();
		assertThat(count("select count(*) from audit_event where entity = 'account' and org_code = 'ORG_B000002'")).isOne();
		assertThat(count("select count(*) from audit_event where entity = 'application' and cert_no is null")).isZero();
	}

	@Test
	@DisplayName("issue 25: filter by physician, account, kind and dates; names beside codes; scope kept")
	void filters() throws Exception {
		aYearSoFar();
		String byPhysician = rows(get("/office/audit").param("certNo", P1).with(as(DAXING)));
		assertThat(byPhysician).contains("张医生", P1, "打回原因", "大兴区人民医院", "医师信息确认").doesNotContain(P2, P3);

		String byAccount = rows(get("/office/audit").param("who", "ORG_A000001").with(as(DAXING)));
		assertThat(byAccount).contains("打回原因", "专业有误").doesNotContain("医师信息确认", "大兴区中医医院");

		String byKind = rows(get("/office/audit").param("entity", "account").with(as(DAXING)));
		assertThat(byKind).contains("大兴区定考办", "大兴区中医医院", "重置为初始密码").doesNotContain("打回原因");

		String byDates = rows(get("/office/audit").param("from", "2026-05-01").param("to", "2026-05-31").with(as(DAXING)));
		assertThat(byDates).contains("打回原因").doesNotContain("医师信息确认", "2026-04-10");
		assertThat(rows(get("/office/audit").param("from", "2026-04-10").param("to", "2026-04-10").with(as(DAXING))))
			.contains("医师信息确认").doesNotContain("打回原因");

		// another district's physician stays out of a district office's page, whatever the filter
		assertThat(rows(get("/office/audit").param("certNo", P2).with(as(DAXING)))).contains("没有符合条件的记录")
			.doesNotContain("李医生");
		assertThat(rows(get("/office/audit").param("certNo", P2).with(as(CITY)))).contains("李医生", P2);
		// a filter is a value bound with #{}, never SQL
		assertThat(rows(get("/office/audit").param("who", "' OR 1=1 --").with(as(CITY)))).contains("没有符合条件的记录");
		this.mvc.perform(get("/office/audit").param("from", "5月1日").with(as(CITY))).andExpect(status().isBadRequest());
	}

	/** The audit table's rows: the filter's own choices (the kinds of change) are not what was found. */
	private String rows(org.springframework.test.web.servlet.RequestBuilder request) throws Exception {
		String page = body(request);
		return page.substring(page.indexOf("<tbody>"), page.indexOf("</tbody>"));
	}

	@Test
	@DisplayName("issue 25: the header names the institution, the physician and the office, not their codes")
	void headerNamesTheAccount() throws Exception {
		Map<CurrentUser, String> names = Map.of(ORG_A, "大兴区人民医院", PHYSICIAN_1, "张医生", DAXING, "大兴区定考办", CITY,
				"北京市定考办");
		for (Map.Entry<CurrentUser, String> name : names.entrySet()) {
			String home = switch (name.getKey().role()) {
				case PHYSICIAN -> "/physician";
				case INSTITUTION -> "/institution/physicians";
				default -> "/office";
			};
			assertThat(body(get(home).with(as(name.getKey())))).contains("<b id=\"who\">" + name.getValue() + "</b>",
					"业务日期 <span>2026-04-10</span>", "医师个人网上报名");
		}
	}

}
