package cn.dingkao.web;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import cn.dingkao.message.LogSmsGateway;
import cn.dingkao.message.OutboxSender;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MvcResult;

import static cn.dingkao.web.WebFixtures.P1;
import static cn.dingkao.web.WebFixtures.P3;
import static cn.dingkao.web.WebTestUsers.ORG_A;
import static cn.dingkao.web.WebTestUsers.PHYSICIAN_1;
import static cn.dingkao.web.WebTestUsers.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * spec "Messages and verification codes": codes of 6 digits, valid 5 minutes, one use, hashed; at most 1 a minute
 * and 10 a day per phone and per account; 5 wrong entries void one; no account enumeration; the reset by code, the
 * code in every password change, binding a phone — each code read where a phone would show it, the log gateway's
 * file, after the real sender delivered it.
 */
class VerificationCodeTests extends WebTestSupport {

	static final String PHONE_1 = "13800001234";

	private static final Pattern CODE = Pattern.compile("验证码为 ([0-9]{6})");

	@Autowired
	OutboxSender sender;

	@BeforeEach
	void phones() {
		this.jdbc.update("UPDATE physician SET mobile = ? WHERE cert_no = ?", PHONE_1, P1);
	}

	/** Delivers the outbox through the log gateway and reads the newest code sent to {@code phone}. */
	String codeSentTo(String phone) throws Exception {
		this.sender.deliverDue();
		Path file = ((LogSmsGateway) this.sender.gateway()).file();
		List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
		for (int i = lines.size() - 1; i >= 0; i--) {
			if (lines.get(i).contains("\t" + phone + "\t")) {
				Matcher code = CODE.matcher(lines.get(i));
				assertThat(code.find()).isTrue();
				return code.group(1);
			}
		}
		throw new AssertionError("no message to " + phone + " in " + file);
	}

	int messages() {
		return count("SELECT COUNT(*) FROM outbox_message");
	}

	MvcResult requestReset(String account) throws Exception {
		return this.mvc.perform(post("/password/reset/code").with(csrf()).param("account", account)).andReturn();
	}

	void minute() {
		this.clock.advance(Duration.ofSeconds(61));
	}

	@Test
	@DisplayName("spec §Codes: reset by code — initial password, sessions ended, forced change that needs a code again; audited")
	void resetByCode() throws Exception {
		this.jdbc.update("UPDATE account SET initial_password = 'N', must_change_password = 'N', password_hash = 'x', "
				+ "credentials_version = 3 WHERE username = ?", P1);
		MvcResult sent = requestReset(P1);
		assertThat(sent.getResponse().getRedirectedUrl()).isEqualTo("/password/reset");
		assertThat(sent.getFlashMap().get("notice")).asString().contains("如果该账号存在并已绑定手机号");
		String code = codeSentTo(PHONE_1);
		assertThat(this.jdbc.queryForObject("SELECT code_hash FROM verification_code", String.class))
			.startsWith("$2a$08$").doesNotContain(code);
		assertThat(this.jdbc.queryForObject("SELECT text FROM outbox_message", String.class)).doesNotContain(code);
		this.mvc.perform(post("/password/reset").with(csrf()).param("account", P1).param("code", code))
			.andExpect(redirectedUrl("/login?reset"));
		assertThat(this.jdbc.queryForMap("SELECT initial_password, must_change_password, credentials_version, "
				+ "change_without_code FROM account WHERE username = ?", P1))
			.containsEntry("initial_password", "Y").containsEntry("credentials_version", 4)
			.containsEntry("change_without_code", "N");
		// one use
		this.mvc.perform(post("/password/reset").with(csrf()).param("account", P1).param("code", code))
			.andExpect(status().isConflict());
		assertThat(count("SELECT COUNT(*) FROM audit_event WHERE entity_key = ? AND field = 'password'", P1)).isEqualTo(1);
		assertThat(count("SELECT COUNT(*) FROM audit_event WHERE entity_key = ? AND field = 'verification_code'", P1))
			.isEqualTo(1);

		// the forced change after a reset by code needs a code: the initial password alone is known to anyone
		MvcResult login = this.mvc.perform(formLogin().user(P1).password("011234*Dk")).andExpect(redirectedUrl("/")).andReturn();
		MockHttpSession session = (MockHttpSession) login.getRequest().getSession();
		assertThat(body(get("/password").session(session))).contains("138****1234", "获取验证码");
		assertThat(body(post("/password").session(session).with(csrf()).param("current", "011234*Dk")
			.param("next", "Neu2026pass").param("repeat", "Neu2026pass"))).contains("请先点击“获取验证码”");
		// the reset's code went less than a minute ago: the same limit holds for this one
		assertThat(body(post("/password/code").session(session).with(csrf()))).contains("每分钟最多 1 次", "秒后再试");
		minute();
		this.mvc.perform(post("/password/code").session(session).with(csrf()))
			.andExpect(flash().attribute("notice", "验证码已发送至 138****1234，5 分钟内有效。"));
		String change = codeSentTo(PHONE_1);
		this.mvc.perform(post("/password").session(session).with(csrf()).param("current", "011234*Dk")
			.param("next", "Neu2026pass").param("repeat", "Neu2026pass").param("code", change))
			.andExpect(redirectedUrl("/login?changed"));
		this.mvc.perform(formLogin().user(P1).password("Neu2026pass")).andExpect(redirectedUrl("/"));
	}

	@Test
	@DisplayName("spec §Codes: the answer to 'send a code' is the same for an unknown account, one without a phone, and a real one")
	void noAccountEnumeration() throws Exception {
		MvcResult known = requestReset(P1);
		MvcResult unknown = requestReset("110115200001019999");
		MvcResult noPhone = requestReset(P3);
		for (MvcResult result : List.of(unknown, noPhone)) {
			assertThat(result.getResponse().getStatus()).isEqualTo(known.getResponse().getStatus());
			assertThat(result.getResponse().getRedirectedUrl()).isEqualTo(known.getResponse().getRedirectedUrl());
			assertThat(result.getFlashMap().get("notice")).isEqualTo(known.getFlashMap().get("notice"));
		}
		assertThat(messages()).isEqualTo(1);
		// the per-account limit holds for any account typed, so "too often" tells nothing either
		String knownAgain = body(post("/password/reset/code").with(csrf()).param("account", P1));
		String unknownAgain = body(post("/password/reset/code").with(csrf()).param("account", "110115200001019999"));
		assertThat(unknownAgain).isEqualTo(knownAgain).contains("每分钟最多 1 次");
		// and a refused reset says the same whatever was wrong
		String wrongCode = body(post("/password/reset").with(csrf()).param("account", P1).param("code", "000000"));
		String noSuchAccount = body(post("/password/reset").with(csrf()).param("account", "110115200001019999")
			.param("code", "000000"));
		assertThat(noSuchAccount).isEqualTo(wrongCode).contains("账号或验证码不正确");
	}

	@Test
	@DisplayName("spec §Codes: 5 wrong entries void the code — the right one is refused after them, with the same answer")
	void fiveWrongEntriesVoid() throws Exception {
		requestReset(P1);
		String code = codeSentTo(PHONE_1);
		String wrong = code.equals("000000") ? "111111" : "000000";
		for (int i = 0; i < 5; i++) {
			this.mvc.perform(post("/password/reset").with(csrf()).param("account", P1).param("code", wrong))
				.andExpect(status().isConflict());
		}
		this.mvc.perform(post("/password/reset").with(csrf()).param("account", P1).param("code", code))
			.andExpect(status().isConflict());
		assertThat(this.jdbc.queryForObject("SELECT status FROM verification_code", String.class)).isEqualTo("VOID");
		assertThat(this.jdbc.queryForObject("SELECT initial_password FROM account WHERE username = ?", String.class, P1))
			.isEqualTo("Y");
		assertThat(count("SELECT COUNT(*) FROM audit_event WHERE new_value LIKE '%已作废%'")).isEqualTo(1);
	}

	@Test
	@DisplayName("spec §Codes: valid 5 minutes; a newer code replaces the older one")
	void expiryAndReplacement() throws Exception {
		requestReset(P1);
		String first = codeSentTo(PHONE_1);
		this.clock.advance(Duration.ofMinutes(5).plusSeconds(1));
		this.mvc.perform(post("/password/reset").with(csrf()).param("account", P1).param("code", first))
			.andExpect(status().isConflict());
		requestReset(P1);
		String second = codeSentTo(PHONE_1);
		minute();
		requestReset(P1);
		String third = codeSentTo(PHONE_1);
		if (!second.equals(third)) {
			this.mvc.perform(post("/password/reset").with(csrf()).param("account", P1).param("code", second))
				.andExpect(status().isConflict());
		}
		this.mvc.perform(post("/password/reset").with(csrf()).param("account", P1).param("code", third))
			.andExpect(redirectedUrl("/login?reset"));
	}

	@Test
	@DisplayName("spec §Codes: at most 1 a minute and 10 a day per account; the next Beijing day starts again")
	void perAccountLimits() throws Exception {
		this.clock.setDate(LocalDate.of(2026, 4, 10));
		for (int i = 0; i < 10; i++) {
			requestReset(P1);
			assertThat(messages()).isEqualTo(i + 1);
			assertThat(body(post("/password/reset/code").with(csrf()).param("account", P1)))
				.contains(i < 9 ? "每分钟最多 1 次" : "今天获取验证码已达 10 次");
			minute();
		}
		assertThat(body(post("/password/reset/code").with(csrf()).param("account", P1)))
			.contains("今天获取验证码已达 10 次");
		assertThat(messages()).isEqualTo(10);
		this.clock.setDate(LocalDate.of(2026, 4, 11));
		requestReset(P1);
		assertThat(messages()).isEqualTo(11);
	}

	@Test
	@DisplayName("spec §Codes: the limits hold per phone too — two accounts on one phone share them")
	void perPhoneLimits() throws Exception {
		this.jdbc.update("UPDATE physician SET mobile = ? WHERE cert_no = ?", PHONE_1, P3);
		requestReset(P1);
		// the reset answers as always, but nothing more goes to that phone this minute (audited)
		MvcResult second = requestReset(P3);
		assertThat(second.getFlashMap().get("notice")).asString().contains("如果该账号存在");
		assertThat(messages()).isEqualTo(1);
		assertThat(count("SELECT COUNT(*) FROM audit_event WHERE entity_key = ? AND new_value LIKE '%已达发送限制%'", P3))
			.isEqualTo(1);
		// a logged-in user asking for a code to that phone is told
		assertThat(body(post("/phone/code").with(as(ORG_A)).with(csrf()).param("phone", PHONE_1)))
			.contains("同一手机号每分钟最多 1 次");
		minute();
		requestReset(P3);
		assertThat(messages()).isEqualTo(2);
	}

	@Test
	@DisplayName("spec §Phones: binding a phone needs the code sent to that new number; it wins over the roster's; audited masked")
	void bindPhone() throws Exception {
		String next = "13911112222";
		this.mvc.perform(post("/phone/code").with(as(PHYSICIAN_1)).with(csrf()).param("phone", "139 1111 2222"))
			.andExpect(redirectedUrl("/phone"));
		String code = codeSentTo(next);
		// the code belongs to the number it was sent to
		assertThat(body(post("/phone").with(as(PHYSICIAN_1)).with(csrf()).param("phone", "13933334444").param("code", code)))
			.contains("验证码已失效");
		this.mvc.perform(post("/phone").with(as(PHYSICIAN_1)).with(csrf()).param("phone", next).param("code", code))
			.andExpect(redirectedUrl("/phone"));
		assertThat(this.jdbc.queryForObject("SELECT mobile FROM account WHERE username = ?", String.class, P1)).isEqualTo(next);
		assertThat(body(get("/physician").with(as(PHYSICIAN_1)))).contains("139****2222").doesNotContain(next);
		assertThat(this.jdbc.queryForObject("SELECT CONCAT(old_value, '>', new_value) FROM audit_event WHERE field = 'mobile'",
				String.class)).isEqualTo("138****1234>139****2222");
		assertThat(body(get("/office/audit").with(as(WebTestUsers.DAXING)))).contains("手机号", "139****2222")
			.doesNotContain(next);
		// reset codes now go to the bound phone
		minute();
		requestReset(P1);
		assertThat(codeSentTo(next)).hasSize(6);
		assertThat(this.jdbc.queryForObject("SELECT phone FROM outbox_message ORDER BY id DESC LIMIT 1", String.class))
			.isEqualTo(next);
	}

	@Test
	@DisplayName("issue 24: the offices' 短信记录 — their district's messages, phone and certificate masked, the provider's failure reason shown")
	void officeMessages() throws Exception {
		requestReset(P1);
		this.sender.deliverDue();
		this.jdbc.update("INSERT INTO outbox_message (purpose, phone, account_ref, district_code, text, status, attempts, "
				+ "queued_at, next_attempt_at, expires_at, updated_at, gateway, error_code, error_message) VALUES "
				+ "('REMINDER', '13955556666', ?, '110105', '李医生，请于4月30日前报名', 'FAILED', 1, CURRENT_TIMESTAMP, "
				+ "CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, 'aliyun', 'isv.AMOUNT_NOT_ENOUGH', '账户余额不足')",
				WebFixtures.P2);
		String daxing = body(get("/office/messages").with(as(WebTestUsers.DAXING)));
		assertThat(daxing).contains("验证码", "张医生", "110115********1234", "138****1234", "已发送")
			.doesNotContain(PHONE_1, P1, "13955556666", "李医生");
		String city = body(get("/office/messages").with(as(WebTestUsers.CITY)));
		assertThat(city).contains("139****6666", "发送失败", "isv.AMOUNT_NOT_ENOUGH", "账户余额不足", "请系统管理员充值",
				"李医生，请于4月30日前报名");
		assertThat(body(get("/office/messages?status=FAILED").with(as(WebTestUsers.CITY)))).doesNotContain("张医生");
		this.mvc.perform(get("/office/messages").with(as(PHYSICIAN_1))).andExpect(status().isForbidden());
	}

	@Test
	@DisplayName("manual §3.2: after a reset by the institution the forced change needs no code; an account without a phone never does")
	void fallbackResets() throws Exception {
		this.jdbc.update("UPDATE account SET initial_password = 'N', must_change_password = 'N', password_hash = 'x' "
				+ "WHERE username = ?", P1);
		this.mvc.perform(post("/institution/physicians/" + P1 + "/reset-password").with(as(ORG_A)).with(csrf())
			.param("confirmed", "true")).andExpect(status().is3xxRedirection());
		MvcResult login = this.mvc.perform(formLogin().user(P1).password("011234*Dk")).andReturn();
		MockHttpSession session = (MockHttpSession) login.getRequest().getSession();
		assertThat(body(get("/password").session(session))).doesNotContain("获取验证码");
		this.mvc.perform(post("/password").session(session).with(csrf()).param("current", "011234*Dk")
			.param("next", "Neu2026pass").param("repeat", "Neu2026pass")).andExpect(redirectedUrl("/login?changed"));
		// the next change, by choice, needs the code again
		MvcResult again = this.mvc.perform(formLogin().user(P1).password("Neu2026pass")).andReturn();
		assertThat(body(get("/password").session((MockHttpSession) again.getRequest().getSession()))).contains("获取验证码");
		// 王医生 has no phone: his first change needs none
		MvcResult wang = this.mvc.perform(formLogin().user(P3).password("073456*Dk")).andReturn();
		this.mvc.perform(post("/password").session((MockHttpSession) wang.getRequest().getSession()).with(csrf())
			.param("current", "073456*Dk").param("next", "Wang2026ys").param("repeat", "Wang2026ys"))
			.andExpect(redirectedUrl("/login?changed"));
		assertThat(messages()).isZero();
	}

}
