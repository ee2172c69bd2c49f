package cn.dingkao.web;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;

import cn.dingkao.web.account.AccountProvisioner;
import org.junit.jupiter.api.BeforeEach;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.RequestBuilder;

import static cn.dingkao.web.WebTestUsers.as;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The web application on the real embedded database (or MySQL in the {@code MySql*} subclasses), with the
 * fixtures of {@link WebFixtures} and a clock the tests move through the cycle. All web test classes share one
 * application context.
 */
@WebTest
abstract class WebTestSupport {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	MutableClock clock;

	@Autowired
	AccountProvisioner provisioner;

	@BeforeEach
	void fixtures() {
		WebFixtures.reset(this.jdbc);
		this.provisioner.provisionMissing();
		this.clock.setDate(LocalDate.of(2026, 4, 10));
	}

	void confirmAll(CurrentUser user) throws Exception {
		for (String section : new String[] { "PERSONAL", "PRACTICE", "MULTISITE" }) {
			this.mvc.perform(post("/physician/confirm").with(as(user)).with(csrf()).param("section", section))
				.andExpect(status().is3xxRedirection());
		}
	}

	/** Confirms the sections and submits an application during REGISTRATION (2026-04-10). */
	void register(CurrentUser user, String specialty) throws Exception {
		this.clock.setDate(LocalDate.of(2026, 4, 10));
		confirmAll(user);
		this.mvc.perform(post("/physician/apply").with(as(user)).with(csrf()).param("specialty", specialty))
			.andExpect(status().is3xxRedirection());
	}

	/** The main org approves during REVIEW (2026-05-03), through its confirmation step. */
	void approve(CurrentUser institution, String... certNos) throws Exception {
		this.clock.setDate(LocalDate.of(2026, 5, 3));
		this.mvc.perform(post("/institution/approve").with(as(institution)).with(csrf()).param("certNo", certNos)
			.param("confirmed", "true")).andExpect(status().is3xxRedirection());
	}

	String statusOf(String certNo) {
		return this.jdbc.queryForObject("select status from application where cert_no = ?", String.class, certNo);
	}

	int count(String sql, Object... args) {
		return this.jdbc.queryForObject(sql, Integer.class, args);
	}

	String body(RequestBuilder request) throws Exception {
		return this.mvc.perform(request).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
	}

}
