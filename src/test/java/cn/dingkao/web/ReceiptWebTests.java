package cn.dingkao.web;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import cn.dingkao.system.Sha256;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MvcResult;

import static cn.dingkao.web.WebFixtures.P1;
import static cn.dingkao.web.WebFixtures.P2;
import static cn.dingkao.web.WebFixtures.P3;
import static cn.dingkao.web.WebTestUsers.CITY;
import static cn.dingkao.web.WebTestUsers.DAXING;
import static cn.dingkao.web.WebTestUsers.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The city office imports the registry's receipt on the feed page: upload, check shown, confirm, audit. */
class ReceiptWebTests extends WebTestSupport {

	static final String RECEIPT = "DK_2026_20260811_0001.receipt.csv";

	String deliveryText;

	@BeforeEach
	void delivery() throws Exception {
		for (String table : new String[] { "registry_answer", "registry_rejection", "registry_receipt", "feed_delivered_row",
				"feed_delivery", "feed_counter" }) {
			this.jdbc.update("DELETE FROM " + table);
		}
		Path folder = Files.createTempDirectory("web-feed");
		// as the feed job writes it: byte order of cert_no, UTF-8, LF
		this.deliveryText = "cert_type,cert_no,name,cycle_year,outcome_code,outcome,ethics,performance,business,specialty,"
				+ "main_org_code,simplified,reasons,decided_on\n"
				+ line(P2, "李医生") + line(P3, "王医生") + line(P1, "张医生");
		Files.writeString(folder.resolve("DK_2026_20260811_0001.csv"), this.deliveryText);
		this.jdbc.update("INSERT INTO feed_delivery (cycle_year, seq_no, file_name, feed_mode, row_count, sha256, business_date, "
				+ "generated_at, folder, job_instance_id) VALUES ('2026', 1, 'DK_2026_20260811_0001.csv', 'FULL', 3, ?, "
				+ "'2026-08-11', CURRENT_TIMESTAMP, ?, -1)", Sha256.ofText(this.deliveryText), folder.toString());
	}

	@Test
	@DisplayName("spec §Receipt, §Web City office: upload → checked and shown → confirmed → recorded, audited, listed masked")
	void uploadConfirmImport() throws Exception {
		String receipt = "cert_no,status,reason_code,reason\n" + P1 + ",ACCEPTED,,\n" + P2 + ",REJECTED,CERT_UNKNOWN,证件号码不存在\n"
				+ P3 + ",ACCEPTED,,\n";
		MvcResult shown = this.mvc.perform(multipart("/office/feed/receipt").file(file(receipt)).with(as(CITY)).with(csrf()))
			.andExpect(status().isOk())
			.andReturn();
		String page = shown.getResponse().getContentAsString(StandardCharsets.UTF_8);
		assertThat(page).contains("请确认：导入电子化注册系统回执", "已入库 2，未入库 1", "CERT_UNKNOWN 证件号码不存在",
				"110105********" + P2.substring(14)).doesNotContain(P2);
		assertThat(count("select count(*) from registry_answer")).as("nothing before the confirmation").isZero();

		String key = Sha256.ofText(receipt);
		this.mvc.perform(post("/office/feed/receipt").with(as(CITY)).with(csrf()).param("receipt", key)
			.param("name", RECEIPT).param("confirmed", "true"))
			.andExpect(redirectedUrl("/office/feed"))
			.andExpect(flash().attribute("notice", "已导入回执 " + RECEIPT + "：已入库 2，未入库 1。"));

		assertThat(count("select count(*) from registry_answer where status = 'REJECTED' and cert_no = ?", P2)).isOne();
		assertThat(count("select count(*) from audit_event where entity = 'registry_receipt' and username = 'dk110000'")).isOne();
		String feed = body(get("/office/feed").with(as(CITY)));
		assertThat(feed).contains("已入库 2", "未入库 1", "CERT_UNKNOWN 证件号码不存在：1 人", "注册系统未入库的医师（共 1 人）",
				"110105********" + P2.substring(14)).doesNotContain(P2);

		// the same file again: nothing to confirm, nothing changed
		this.mvc.perform(multipart("/office/feed/receipt").file(file(receipt)).with(as(CITY)).with(csrf()))
			.andExpect(redirectedUrl("/office/feed"));
		assertThat(count("select count(*) from registry_receipt")).isOne();
		assertThat(count("select count(*) from audit_event where entity = 'registry_receipt'")).isOne();
		// a confirmation replayed after the import finds nothing to import
		this.mvc.perform(post("/office/feed/receipt").with(as(CITY)).with(csrf()).param("receipt", key)
			.param("name", RECEIPT).param("confirmed", "true")
			.header("Referer", "http://localhost/office/feed"))
			.andExpect(flash().attribute("refusal", "上传的回执已不在（已导入或已过期），请重新上传。"));
	}

	@Test
	@DisplayName("spec §Receipt: a receipt that does not answer its delivery is refused on the page with its reason")
	void refusedUpload() throws Exception {
		String receipt = "cert_no,status,reason_code,reason\n" + P1 + ",ACCEPTED,,\n" + P3 + ",ACCEPTED,,\n";
		this.mvc.perform(multipart("/office/feed/receipt").file(file(receipt)).with(as(CITY)).with(csrf())
			.header("Referer", "http://localhost/office/feed"))
			.andExpect(redirectedUrl("/office/feed"))
			.andExpect(flash().attribute("refusal", org.hamcrest.Matchers.containsString("在回执中没有对应的行")));
		assertThat(count("select count(*) from registry_receipt")).isZero();
		assertThat(body(multipart("/office/feed/receipt").file(new MockMultipartFile("file", RECEIPT, "text/csv", new byte[0]))
			.with(as(CITY)).with(csrf()))).contains("请选择电子化注册系统的回执文件");
	}

	@Test
	@DisplayName("spec §Web: only the city office imports receipts, and only with the CSRF token")
	void cityOnly() throws Exception {
		String receipt = "cert_no,status,reason_code,reason\n";
		this.mvc.perform(multipart("/office/feed/receipt").file(file(receipt)).with(as(DAXING)).with(csrf()))
			.andExpect(status().isForbidden());
		this.mvc.perform(multipart("/office/feed/receipt").file(file(receipt)).with(as(CITY))).andExpect(status().isForbidden());
	}

	static MockMultipartFile file(String text) {
		return new MockMultipartFile("file", "C:\\fakepath\\" + RECEIPT, "text/csv", text.getBytes(StandardCharsets.UTF_8));
	}

	static String line(String cert, String name) {
		return "RESIDENT," + cert + "," + name + ",2026,1,合格,PASS,PASS,PASS,内科专业,ORG_A000001,N,,2026-08-11\n";
	}

}
