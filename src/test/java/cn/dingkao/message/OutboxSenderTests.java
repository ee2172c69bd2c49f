package cn.dingkao.message;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.Map;

import cn.dingkao.web.WebTest;
import cn.dingkao.batch.RunLease;
import cn.dingkao.web.MutableClock;
import cn.dingkao.web.WebTestConfiguration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.IllegalTransactionStateException;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The outbox and its sender on the real database, delivering through the Alibaba Cloud adapter to a local server
 * that speaks the provider's protocol: statuses, retries with back-off, the provider's reasons kept, quiet hours,
 * expiry, and at most one delivery when the sender dies between the provider's answer and its own commit.
 */
@WebTest
class OutboxSenderTests {

	static final String PHONE = "13912345678";

	@Autowired
	Outbox outbox;

	@Autowired
	OutboxMapper mapper;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	TransactionTemplate transactions;

	@Autowired
	MutableClock clock;

	@Autowired
	RunLease leases;

	@Autowired
	OutboxSender contextSender;

	FakeAliyunSms provider;

	SmsProperties properties = new SmsProperties("aliyun", Duration.ofSeconds(2), 3, Duration.ofSeconds(10),
			Duration.ofMinutes(10), Duration.ofSeconds(30), null);

	@BeforeEach
	void start() throws Exception {
		this.jdbc.update("DELETE FROM outbox_message");
		this.clock.setDate(LocalDate.of(2026, 4, 10));
		this.provider = new FakeAliyunSms();
	}

	@AfterEach
	void stop() {
		this.provider.close();
	}

	private AliyunSmsGateway aliyun(Duration readTimeout) {
		return new AliyunSmsGateway(new SmsProperties.Aliyun(this.provider.endpoint(), FakeAliyunSms.KEY_ID,
				FakeAliyunSms.SECRET, "北京市定考", "cn-hangzhou",
				Map.of("VERIFICATION_CODE", "SMS_100001", "REMINDER", "SMS_100002"), "dk-", Duration.ofSeconds(2),
				readTimeout), this.clock);
	}

	private OutboxSender sender(SmsGateway gateway) {
		return new OutboxSender(this.mapper, gateway, this.properties, this.clock, this.leases);
	}

	private boolean enqueue(OutgoingMessage message) {
		return this.transactions.execute(status -> this.outbox.enqueue(message));
	}

	private static OutgoingMessage code(String code) {
		return new OutgoingMessage(MessagePurpose.VERIFICATION_CODE, PHONE, "110115199001011234",
				"您的验证码为 " + code + "，5 分钟内有效。", null, Map.of("code", code));
	}

	private Map<String, Object> row() {
		return this.jdbc.queryForMap("SELECT * FROM outbox_message");
	}

	@Test
	@DisplayName("spec §Delivery: queued in the caller's transaction — a rollback leaves nothing, no transaction is refused")
	void sameTransaction() {
		this.transactions.executeWithoutResult(status -> {
			this.outbox.enqueue(code("111111"));
			status.setRollbackOnly();
		});
		assertThat(this.jdbc.queryForObject("SELECT COUNT(*) FROM outbox_message", Integer.class)).isZero();
		assertThatThrownBy(() -> this.outbox.enqueue(code("111111"))).isInstanceOf(IllegalTransactionStateException.class);
		assertThat(enqueue(code("222222"))).isTrue();
		assertThat(row()).containsEntry("status", "QUEUED").containsEntry("attempts", 0);
	}

	@Test
	@DisplayName("NEWS contract: a message whose dedup key is already in the outbox is not queued again")
	void dedupKey() {
		OutgoingMessage reminder = new OutgoingMessage(MessagePurpose.REMINDER, PHONE, "110115199001011234", "请于4月30日前报名",
				"REMINDER:2026:110115199001011234:SUBMIT:2026-04-23");
		assertThat(enqueue(reminder)).isTrue();
		assertThat(enqueue(reminder)).isFalse();
		assertThat(this.jdbc.queryForObject("SELECT COUNT(*) FROM outbox_message", Integer.class)).isEqualTo(1);
	}

	@Test
	@DisplayName("success: SENT with the provider's BizId; a code's text is erased once it is sent")
	void sent() {
		enqueue(code("123456"));
		assertThat(sender(aliyun(Duration.ofSeconds(2))).deliverDue()).isEqualTo(1);
		assertThat(row()).containsEntry("status", "SENT").containsEntry("provider_id", "BIZ1")
			.containsEntry("gateway", "aliyun").containsEntry("attempts", 1).containsEntry("params", null);
		assertThat((String) row().get("text")).doesNotContain("123456");
		assertThat(this.provider.accepted).singleElement()
			.satisfies(sent -> assertThat(sent.templateParam()).isEqualTo("{\"code\":\"123456\"}"));
	}

	@Test
	@DisplayName("provider error: FAILED at once for a final refusal, with the provider's code and message for the offices")
	void finalRefusal() {
		this.provider.next(FakeAliyunSms.Behaviour.refuse("isv.AMOUNT_NOT_ENOUGH", "账户余额不足"));
		enqueue(code("123456"));
		sender(aliyun(Duration.ofSeconds(2))).deliverDue();
		assertThat(row()).containsEntry("status", "FAILED").containsEntry("error_code", "isv.AMOUNT_NOT_ENOUGH")
			.containsEntry("error_message", "账户余额不足");
		assertThat(this.provider.sends()).isEqualTo(1);
	}

	@Test
	@DisplayName("retries with back-off: flow control twice (10 s, then 20 s later), accepted the third time")
	void retriesWithBackOff() {
		this.provider.next(FakeAliyunSms.Behaviour.refuse("isv.BUSINESS_LIMIT_CONTROL", "触发分钟级流控"),
				FakeAliyunSms.Behaviour.refuse("isv.BUSINESS_LIMIT_CONTROL", "触发分钟级流控"));
		enqueue(code("123456"));
		OutboxSender sender = sender(aliyun(Duration.ofSeconds(2)));
		LocalDateTime start = LocalDateTime.now(this.clock);
		sender.deliverDue();
		assertThat(row()).containsEntry("status", "QUEUED").containsEntry("attempts", 1)
			.containsEntry("error_code", "isv.BUSINESS_LIMIT_CONTROL");
		assertThat(this.jdbc.queryForObject("SELECT next_attempt_at FROM outbox_message", LocalDateTime.class))
			.isAfterOrEqualTo(start.plusSeconds(10));
		sender.deliverDue();
		assertThat(this.provider.sends()).as("not due yet").isEqualTo(1);
		this.clock.advance(Duration.ofSeconds(11));
		sender.deliverDue();
		assertThat(row()).containsEntry("status", "QUEUED").containsEntry("attempts", 2);
		this.clock.advance(Duration.ofSeconds(11));
		sender.deliverDue();
		assertThat(this.provider.sends()).as("the second wait is 20 s").isEqualTo(2);
		this.clock.advance(Duration.ofSeconds(10));
		sender.deliverDue();
		assertThat(row()).containsEntry("status", "SENT").containsEntry("attempts", 3);
		assertThat(this.provider.accepted).hasSize(1);
	}

	@Test
	@DisplayName("retries run out: FAILED after the configured attempts, with the last reason")
	void retriesRunOut() {
		for (int i = 0; i < 3; i++) {
			this.provider.next(FakeAliyunSms.Behaviour.refuse("isp.SYSTEM_ERROR", "系统错误"));
		}
		enqueue(code("123456"));
		OutboxSender sender = sender(aliyun(Duration.ofSeconds(2)));
		for (int i = 0; i < 3; i++) {
			sender.deliverDue();
			this.clock.advance(Duration.ofSeconds(41));
		}
		assertThat(row()).containsEntry("status", "FAILED").containsEntry("attempts", 3)
			.containsEntry("error_code", "isp.SYSTEM_ERROR");
	}

	@Test
	@DisplayName("time-out: SENDING until the provider's records show it was accepted — then SENT, never sent twice")
	void timeOutIsConfirmedNotResent() {
		this.provider.next(FakeAliyunSms.Behaviour.acceptLate(1500));
		enqueue(code("123456"));
		OutboxSender sender = sender(aliyun(Duration.ofMillis(300)));
		sender.deliverDue();
		assertThat(row()).containsEntry("status", "SENDING").containsEntry("error_code", "UNCONFIRMED");
		sender.deliverDue();
		assertThat(this.provider.actions).as("nothing before the confirmation is due").containsExactly("SendSms");
		this.clock.advance(Duration.ofSeconds(31));
		sender.deliverDue();
		assertThat(row()).containsEntry("status", "SENT");
		assertThat(this.provider.sends()).isEqualTo(1);
		assertThat(this.provider.accepted).hasSize(1);
	}

	@Test
	@DisplayName("kill between send and commit: the next sender finds the message by its OutId and does not send it again")
	void crashAfterTheProviderAccepted() {
		enqueue(code("123456"));
		AliyunSmsGateway real = aliyun(Duration.ofSeconds(2));
		SmsGateway dying = new CrashingGateway(real, true);
		assertThatThrownBy(() -> sender(dying).deliverDue()).isInstanceOf(ProcessKilled.class);
		assertThat(row()).containsEntry("status", "SENDING");
		assertThat(this.provider.accepted).hasSize(1);

		OutboxSender restarted = sender(aliyun(Duration.ofSeconds(2)));
		restarted.deliverDue();
		assertThat(row()).as("not before its confirmation is due").containsEntry("status", "SENDING");
		this.clock.advance(Duration.ofSeconds(31));
		restarted.deliverDue();
		assertThat(row()).containsEntry("status", "SENT");
		assertThat(this.provider.sends()).isEqualTo(1);
		assertThat(this.provider.actions).containsExactly("SendSms", "QuerySendDetails");
	}

	@Test
	@DisplayName("kill before the request left: the provider has no record of it, so it is sent — once")
	void crashBeforeTheRequestLeft() {
		enqueue(code("123456"));
		AliyunSmsGateway real = aliyun(Duration.ofSeconds(2));
		assertThatThrownBy(() -> sender(new CrashingGateway(real, false)).deliverDue()).isInstanceOf(ProcessKilled.class);
		assertThat(this.provider.accepted).isEmpty();
		this.clock.advance(Duration.ofSeconds(31));
		sender(real).deliverDue();
		assertThat(row()).containsEntry("status", "SENT").containsEntry("attempts", 2);
		assertThat(this.provider.accepted).hasSize(1);
	}

	@Test
	@DisplayName("spec §Seeing it coming: a reminder queued at 21:00 waits for 08:00 Beijing time; a code goes at once")
	void quietHours() {
		this.clock.setDate(LocalDate.of(2026, 4, 10));
		this.clock.advance(Duration.ofHours(11));
		OutgoingMessage reminder = new OutgoingMessage(MessagePurpose.REMINDER, PHONE, "110115199001011234",
				"请于4月30日前报名", "REMINDER:2026:110115199001011234:SUBMIT:2026-04-10", Map.of("step", "报名"));
		enqueue(reminder);
		enqueue(code("654321"));
		OutboxSender sender = sender(aliyun(Duration.ofSeconds(2)));
		assertThat(sender.deliverDue()).isEqualTo(1);
		assertThat(this.provider.accepted).singleElement().satisfies(sent -> assertThat(sent.templateCode()).isEqualTo("SMS_100001"));
		assertThat(this.jdbc.queryForObject("SELECT next_attempt_at FROM outbox_message WHERE purpose = 'REMINDER'",
				LocalDateTime.class)).isEqualTo(LocalDate.of(2026, 4, 11).atTime(LocalTime.of(8, 0)));
		this.clock.advance(Duration.ofHours(10).plusMinutes(59));
		sender.deliverDue();
		assertThat(this.provider.accepted).hasSize(1);
		this.clock.advance(Duration.ofMinutes(1));
		sender.deliverDue();
		assertThat(this.provider.accepted).hasSize(2);
	}

	@Test
	@DisplayName("a code not delivered within its 5 minutes is not delivered at all")
	void expiry() {
		this.provider.close();
		enqueue(code("123456"));
		OutboxSender sender = sender(aliyun(Duration.ofSeconds(2)));
		sender.deliverDue();
		this.clock.advance(Duration.ofMinutes(6));
		sender.deliverDue();
		assertThat(row()).containsEntry("status", "FAILED").containsEntry("error_code", "EXPIRED");
		assertThat((String) row().get("error_message")).contains("超过有效期", "无法连接短信服务");
		assertThat((String) row().get("text")).doesNotContain("123456");
	}

	@Test
	@DisplayName("the log gateway: one line per message in <out>/messages/sms.log; the lookup finds it there")
	void logGateway() throws Exception {
		LogSmsGateway gateway = (LogSmsGateway) this.contextSender.gateway();
		Files.deleteIfExists(gateway.file());
		enqueue(code("246810"));
		assertThat(this.contextSender.deliverDue()).isEqualTo(1);
		assertThat(gateway.file()).isEqualTo(Path.of("target/web-out/messages/sms.log").toAbsolutePath());
		assertThat(Files.readString(gateway.file())).contains(PHONE, "VERIFICATION_CODE", "您的验证码为 246810");
		long id = this.jdbc.queryForObject("SELECT id FROM outbox_message", Long.class);
		var delivery = new SmsGateway.Delivery(id, "dk-" + id, MessagePurpose.VERIFICATION_CODE, PHONE,
				"您的验证码为 246810，5 分钟内有效。", Map.of(), LocalDateTime.now(this.clock));
		assertThat(gateway.lookup(delivery)).isEqualTo(new SmsGateway.Found("dk-" + id));
	}

	@Test
	@DisplayName("spec §Delivery: one sender at a time delivers (the outbox lease); when it stops, the other takes over")
	void oneNodeAtATime() throws Exception {
		CountingGateway firstGateway = new CountingGateway(aliyun(Duration.ofSeconds(2)));
		CountingGateway secondGateway = new CountingGateway(aliyun(Duration.ofSeconds(2)));
		OutboxSender first = sender(firstGateway);
		OutboxSender second = sender(secondGateway);
		try {
			first.start();
			awaitUntil(() -> this.jdbc.queryForObject(
					"SELECT COUNT(*) FROM job_lease WHERE lock_name LIKE 'dingkao.outbox%'", Integer.class) == 1);
			second.start();
			for (int i = 0; i < 3; i++) {
				enqueue(code("10000" + i));
			}
			awaitUntil(() -> this.jdbc.queryForObject("SELECT COUNT(*) FROM outbox_message WHERE status = 'SENT'",
					Integer.class) == 3);
			assertThat(firstGateway.sends).isEqualTo(3);
			assertThat(secondGateway.sends).isZero();
			first.destroy();
			enqueue(code("200000"));
			awaitUntil(() -> this.jdbc.queryForObject("SELECT COUNT(*) FROM outbox_message WHERE status = 'SENT'",
					Integer.class) == 4);
			assertThat(secondGateway.sends).isEqualTo(1);
			assertThat(this.provider.sends()).isEqualTo(4);
		}
		finally {
			first.destroy();
			second.destroy();
		}
	}

	private static void awaitUntil(java.util.function.BooleanSupplier condition) throws InterruptedException {
		long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
		while (!condition.getAsBoolean()) {
			assertThat(System.nanoTime()).as("waited 30 s").isLessThan(deadline);
			Thread.sleep(50);
		}
	}

	/** A gateway that counts what it sends. */
	static final class CountingGateway implements SmsGateway {

		private final SmsGateway real;

		volatile int sends;

		CountingGateway(SmsGateway real) {
			this.real = real;
		}

		@Override
		public String name() {
			return this.real.name();
		}

		@Override
		public SendOutcome send(Delivery delivery) {
			this.sends++;
			return this.real.send(delivery);
		}

		@Override
		public LookupOutcome lookup(Delivery delivery) {
			return this.real.lookup(delivery);
		}

	}

	/** Stands for the process dying: thrown where a kill would have stopped it. */
	static final class ProcessKilled extends RuntimeException {

	}

	/** Sends through the real gateway and then "dies" before the sender records the outcome (or dies before sending). */
	record CrashingGateway(SmsGateway real, boolean afterSending) implements SmsGateway {

		@Override
		public String name() {
			return this.real.name();
		}

		@Override
		public String key(long id) {
			return this.real.key(id);
		}

		@Override
		public SendOutcome send(Delivery delivery) {
			if (this.afterSending) {
				this.real.send(delivery);
			}
			throw new ProcessKilled();
		}

		@Override
		public LookupOutcome lookup(Delivery delivery) {
			return this.real.lookup(delivery);
		}

	}

}
