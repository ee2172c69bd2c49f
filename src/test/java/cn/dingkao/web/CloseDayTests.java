package cn.dingkao.web;

import java.time.LocalDate;
import java.time.LocalDateTime;

import cn.dingkao.reconcile.Explainer;
import cn.dingkao.ruling.Cycle;
import cn.dingkao.ruling.Outcome;
import cn.dingkao.ruling.Ruling;
import cn.dingkao.ruling.WarningCode;
import cn.dingkao.ruling.Warning;
import cn.dingkao.web.account.AccountProvisioner;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

import static cn.dingkao.web.WebFixtures.P1;
import static cn.dingkao.web.WebTestUsers.ORG_A;
import static cn.dingkao.web.WebTestUsers.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Spec "Timeline" and §The ruling: nothing may change <em>after</em> CLOSE, and a record of the CLOSE day still
 * counts. The web and the ruling read the same calendar, so they agree at both edges: on the CLOSE day (2026-08-10)
 * the web still takes a change and the ruling counts it; on the day after, the web refuses and the ruling sets a
 * record of that day aside.
 */
@WebTest
class CloseDayTests {

	static final Cycle CYCLE = Cycle.regular(2026);

	static final LocalDate CLOSE = LocalDate.of(2026, 8, 10);

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	MutableClock clock;

	@Autowired
	AccountProvisioner provisioner;

	@Autowired
	Explainer explainer;

	@BeforeEach
	void fixtures() {
		WebFixtures.reset(this.jdbc);
		this.provisioner.provisionMissing();
	}

	@Test
	@DisplayName("spec Timeline: on the CLOSE day the web takes a hide, and the ruling counts it")
	void closeDayStillOpen() throws Exception {
		this.clock.setDate(CLOSE);
		this.mvc.perform(post("/institution/physicians/" + P1 + "/hide").with(as(ORG_A)).with(csrf()).param("reason", "离职")
			.param("confirmed", "true")).andExpect(status().is3xxRedirection());
		Ruling ruling = this.explainer.rule(CYCLE, P1, CLOSE.plusDays(1)).orElseThrow();
		assertThat(ruling.outcome()).isEqualTo(Outcome.HIDDEN);
	}

	@Test
	@DisplayName("spec Timeline: the day after CLOSE the web refuses a change, and the ruling sets that day's record aside")
	void dayAfterCloseClosed() throws Exception {
		this.clock.setDate(CLOSE.plusDays(1));
		this.mvc.perform(post("/institution/physicians/" + P1 + "/hide").with(as(ORG_A)).with(csrf()).param("reason", "离职")
			.param("confirmed", "true")).andExpect(status().isConflict());

		approvedWithRatings(CLOSE.atTime(23, 59), CLOSE.plusDays(1).atTime(0, 1));
		Ruling ruling = this.explainer.rule(CYCLE, P1, CLOSE.plusDays(1)).orElseThrow();
		assertThat(ruling.warnings()).extracting(Warning::code)
			.containsOnlyOnce(WarningCode.EVALUATION_AFTER_CLOSE)
			.as("the CLOSE day's rating at the main org counts")
			.doesNotContain(WarningCode.EVALUATION_UNCONFIRMED);
		assertThat(ruling.warnings()).filteredOn(w -> w.code() == WarningCode.EVALUATION_AFTER_CLOSE)
			.extracting(Warning::orgCode)
			.containsExactly("ORG_B000002");
		assertThat(ruling.sites()).filteredOn(site -> site.orgCode().equals("ORG_A000001"))
			.singleElement()
			.satisfies(site -> assertThat(site.rated()).isTrue());
	}

	/** P1's application approved; the main org rates on {@code mainAt}, the second site on {@code otherAt}. */
	private void approvedWithRatings(LocalDateTime mainAt, LocalDateTime otherAt) {
		LocalDateTime now = LocalDateTime.of(2026, 5, 1, 9, 0);
		this.jdbc.update("INSERT INTO application (cert_no, cycle_year, specialty, status, submitted_at, approved_at, "
				+ "simplified, source, updated_at) VALUES (?, ?, '内科专业', 'APPROVED', ?, ?, 'N', 'WEB', ?)", P1,
				CYCLE.code(), now, now, now);
		this.jdbc.update("INSERT INTO evaluation (cert_no, org_code, cycle_year, ethics, performance, evaluated_at, "
				+ "confirmed, source, updated_at) VALUES (?, 'ORG_A000001', ?, 'PASS', 'PASS', ?, 'Y', 'WEB', ?), "
				+ "(?, 'ORG_B000002', ?, 'PASS', 'PASS', ?, 'Y', 'WEB', ?)", P1, CYCLE.code(), mainAt, now, P1,
				CYCLE.code(), otherAt, now);
	}

}
