package cn.dingkao.cli;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.Map;
import java.util.function.BooleanSupplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import cn.dingkao.message.FakeAliyunSms;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * issue 24: the sender inside {@code serve} is killed (SIGKILL) after the provider accepted a verification code and
 * before the sender could record it; {@code serve} started again at once finds the message in the provider's records
 * by its OutId and marks it sent — the phone gets it once. The provider is a local server speaking Alibaba Cloud's
 * protocol, which holds its answer to the send until the process is dead.
 */
class SmsSenderKillIT {

	private static final String CERT = "110115199001011234";

	private static final Pattern SERVING = Pattern.compile("http://localhost:([0-9]+)/");

	private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

	@TempDir
	Path folder;

	@Test
	@DisplayName("issue 24: kill -9 of serve between the provider's acceptance and the commit; restarted, the code is not sent again")
	void killBetweenSendAndCommit() throws Exception {
		Path input = Files.createDirectories(this.folder.resolve("input"));
		Files.writeString(input.resolve("institutions.csv"), "org_code,org_name,district_code,exam_org\nORG1,大兴区人民医院,110115,N\n");
		Files.writeString(input.resolve("roster.csv"),
				"cert_type,cert_no,name,main_org_code,mobile\nRESIDENT," + CERT + ",张医生,ORG1,13800001234\n");
		Path data = this.folder.resolve("data");
		Path out = this.folder.resolve("out");
		DingkaoProcess imported = DingkaoProcess.run(this.folder, Map.of(), "import", "--input", input.toString(), "--data",
				data.toString(), "--out", out.toString(), "--date", "2026-04-10");
		assertThat(imported.exitCode()).as(imported.stderr()).isZero();

		try (FakeAliyunSms provider = new FakeAliyunSms()) {
			provider.today(java.time.LocalDate.now(java.time.ZoneId.of("Asia/Shanghai")).format(
					java.time.format.DateTimeFormatter.BASIC_ISO_DATE));
			// the provider takes the message and answers only after the process is gone
			provider.next(FakeAliyunSms.Behaviour.acceptLate(60_000));
			String[] serve = { "serve", "--port", "0", "--data", data.toString(), "--out", out.toString(), "--input",
					input.toString(), "--dingkao.sms.gateway=aliyun",
					"--dingkao.sms.aliyun.endpoint=" + provider.endpoint(),
					"--dingkao.sms.aliyun.access-key-id=" + FakeAliyunSms.KEY_ID,
					"--dingkao.sms.aliyun.sign-name=北京市定考", "--dingkao.sms.aliyun.templates.VERIFICATION_CODE=SMS_1",
					"--dingkao.sms.aliyun.read-timeout=PT120S", "--dingkao.sms.confirm-after=PT2S" };
			Map<String, String> secret = Map.of("DINGKAO_SMS_ALIYUN_ACCESSKEYSECRET", FakeAliyunSms.SECRET);
			DingkaoProcess first = DingkaoProcess.start(this.folder, secret, serve);
			try {
				int port = awaitPort(first);
				requestResetCode(port);
				await(() -> provider.accepted.size() == 1, Duration.ofSeconds(60), "the provider got the message");
				first.kill();
			}
			finally {
				if (first.alive()) {
					first.kill();
				}
			}
			assertThat(status(data)).isEqualTo("SENDING");

			DingkaoProcess second = DingkaoProcess.start(this.folder, secret, serve);
			try {
				awaitPort(second);
				await(() -> provider.actions.contains("QuerySendDetails"), Duration.ofSeconds(90),
						"the restarted sender asked the provider");
				Thread.sleep(3000);
			}
			finally {
				second.kill();
			}
			assertThat(provider.sends()).as("SendSms calls").isEqualTo(1);
			assertThat(provider.accepted).hasSize(1);
			assertThat(provider.badSignatures).isEmpty();
			assertThat(status(data)).isEqualTo("SENT");
		}
	}

	private static int awaitPort(DingkaoProcess process) throws Exception {
		long deadline = System.nanoTime() + Duration.ofMinutes(3).toNanos();
		while (System.nanoTime() < deadline) {
			Matcher serving = SERVING.matcher(process.stdout());
			if (serving.find()) {
				return Integer.parseInt(serving.group(1));
			}
			if (!process.alive()) {
				throw new AssertionError("serve ended: " + process.stderr());
			}
			Thread.sleep(200);
		}
		throw new AssertionError("serve did not start: " + process.stderr());
	}

	private static void requestResetCode(int port) throws Exception {
		HttpClient client = HttpClient.newBuilder().cookieHandler(new CookieManager())
			.followRedirects(HttpClient.Redirect.NEVER)
			.build();
		URI form = URI.create("http://localhost:" + port + "/password/reset");
		String page = client.send(HttpRequest.newBuilder(form).GET().build(), HttpResponse.BodyHandlers.ofString()).body();
		Matcher csrf = CSRF.matcher(page);
		assertThat(csrf.find()).as(page).isTrue();
		String body = "account=" + CERT + "&_csrf=" + URLEncoder.encode(csrf.group(1), StandardCharsets.UTF_8);
		HttpResponse<String> sent = client.send(HttpRequest.newBuilder(URI.create(form + "/code"))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(body))
			.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(sent.statusCode()).as(sent.body()).isEqualTo(302);
	}

	private static void await(BooleanSupplier condition, Duration timeout, String what) throws InterruptedException {
		long deadline = System.nanoTime() + timeout.toNanos();
		while (!condition.getAsBoolean()) {
			if (System.nanoTime() > deadline) {
				throw new AssertionError("timed out waiting until " + what);
			}
			Thread.sleep(100);
		}
	}

	private static String status(Path data) throws Exception {
		try (Connection connection = DriverManager.getConnection("jdbc:h2:file:" + data.resolve("dingkao")
				+ ";MODE=MySQL;DATABASE_TO_LOWER=TRUE;CASE_INSENSITIVE_IDENTIFIERS=TRUE", "sa", "");
				ResultSet rows = connection.createStatement().executeQuery("select status from outbox_message")) {
			assertThat(rows.next()).isTrue();
			return rows.getString(1);
		}
	}

}
