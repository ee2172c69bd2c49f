package cn.dingkao.message;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

import cn.dingkao.batch.RunLease;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Component;

/**
 * Delivers the outbox through the configured {@link SmsGateway}, inside {@code serve}, on one node at a time: the
 * node that holds the {@code outbox} lease ({@link RunLease}: MySQL's GET_LOCK, released the moment its process
 * dies, so another node takes over at once).
 * <p>
 * Each message is first marked SENDING (committed), then sent, then marked with the outcome. A provider's refusal
 * worth a retry puts it back in the queue with a doubling wait; a final one marks it FAILED with the provider's
 * code and message. A send with no known outcome — a time-out, or a crash of this process between the provider's
 * answer and our commit, which leaves the message SENDING — is settled by searching the provider's records for
 * the message's key: found means sent, not found means it may go again. So no message is delivered twice.
 * Reminders and digests wait for 08:00–20:00 Beijing time; every message expires after its purpose's validity.
 */
@Component
public class OutboxSender implements DisposableBean {

	private static final Logger log = LoggerFactory.getLogger(OutboxSender.class);

	private static final int BATCH = 50;

	static final String SETTLED_CODE_TEXT = "（验证码短信，内容已删除）";

	private final OutboxMapper mapper;

	private final SmsGateway gateway;

	private final SmsProperties properties;

	private final Clock clock;

	private final RunLease leases;

	private final JsonMapper json = JsonMapper.builder().build();

	private final Semaphore signal = new Semaphore(0);

	private volatile Thread thread;

	OutboxSender(OutboxMapper mapper, SmsGateway gateway, SmsProperties properties, Clock clock, RunLease leases) {
		this.mapper = mapper;
		this.gateway = gateway;
		this.properties = properties;
		this.clock = clock;
		this.leases = leases;
	}

	public SmsGateway gateway() {
		return this.gateway;
	}

	/** Starts delivering in the background (the {@code serve} command); idempotent. */
	public synchronized void start() {
		if (this.thread != null) {
			return;
		}
		Thread worker = new Thread(this::run, "dingkao-sms-sender");
		worker.setDaemon(true);
		this.thread = worker;
		worker.start();
	}

	/** Something was queued on this node: look now rather than at the next poll. */
	void wake() {
		this.signal.release();
	}

	@Override
	public void destroy() {
		Thread worker = this.thread;
		this.thread = null;
		if (worker != null) {
			worker.interrupt();
			try {
				worker.join(5000);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
			}
		}
	}

	private void run() {
		RunLease.Held lease = null;
		try {
			while (this.thread == Thread.currentThread()) {
				if (lease != null && !lease.stillHeld()) {
					log.warn("短信发送锁已失去，将重新获取 (the SMS sender's lease was lost; taking it again)");
					lease.close();
					lease = null;
				}
				if (lease == null) {
					lease = acquire().orElse(null);
				}
				if (lease != null) {
					try {
						deliverDue();
					}
					catch (RuntimeException ex) {
						log.error("短信发送出错，稍后重试 (SMS sender failed, retrying): {}", ex.getMessage(), ex);
					}
				}
				if (this.signal.tryAcquire(this.properties.poll().toMillis(), TimeUnit.MILLISECONDS)) {
					this.signal.drainPermits();
				}
			}
		}
		catch (InterruptedException ex) {
			// serve is stopping
		}
		finally {
			if (lease != null) {
				lease.close();
			}
		}
	}

	private Optional<RunLease.Held> acquire() {
		try {
			Optional<RunLease.Held> lease = this.leases.tryAcquire("outbox", "短信发送 (SMS sender)");
			lease.ifPresent(held -> log.info("本节点负责发送短信 (this node sends the text messages), gateway {}",
					this.gateway.name()));
			return lease;
		}
		catch (RuntimeException ex) {
			log.warn("无法取得短信发送锁 (cannot take the SMS sender's lease): {}", ex.getMessage());
			return Optional.empty();
		}
	}

	/**
	 * One round: expire what is too old, settle the sends with no known outcome, deliver what is due. Called by the
	 * background thread of the lease holder, and by tests.
	 *
	 * @return how many messages were accepted by the provider in this round
	 */
	public int deliverDue() {
		LocalDateTime now = LocalDateTime.now(this.clock);
		int expired = this.mapper.expireQueued(now);
		if (expired > 0) {
			log.warn("{} 条短信超过有效期未能发出 ({} messages expired unsent)", expired, expired);
		}
		int sent = 0;
		for (StoredMessage message : this.mapper.findUnconfirmed(now, BATCH)) {
			confirm(message);
		}
		List<StoredMessage> due = this.mapper.findDue(now, BATCH);
		while (!due.isEmpty()) {
			for (StoredMessage message : due) {
				sent += deliver(message) ? 1 : 0;
			}
			if (due.size() < BATCH) {
				break;
			}
			due = this.mapper.findDue(LocalDateTime.now(this.clock), BATCH);
		}
		return sent;
	}

	private boolean deliver(StoredMessage message) {
		LocalDateTime now = LocalDateTime.now(this.clock);
		MessagePurpose purpose = message.purposeValue();
		LocalDateTime from = purpose.deliverableFrom(now);
		if (from.isAfter(now)) {
			this.mapper.postpone(message.id(), from, now);
			return false;
		}
		if (this.mapper.claim(message.id(), now, now.plus(this.properties.confirmAfter())) == 0) {
			return false;
		}
		SmsGateway.SendOutcome outcome = this.gateway.send(delivery(message, now));
		LocalDateTime after = LocalDateTime.now(this.clock);
		int attempt = message.attempts() + 1;
		if (outcome instanceof SmsGateway.Accepted accepted) {
			this.mapper.markSent(message.id(), this.gateway.name(), accepted.providerId(), after, SETTLED_CODE_TEXT);
			return true;
		}
		if (outcome instanceof SmsGateway.Refused refused) {
			String reason = limit(refused.message(), 500);
			if (refused.retryable() && attempt < this.properties.maxAttempts()) {
				this.mapper.markRetry(message.id(), limit(refused.code(), 100), reason,
						after.plus(this.properties.retryAfter(attempt)), after);
			}
			else {
				this.mapper.markFailed(message.id(), this.gateway.name(), limit(refused.code(), 100), reason, after,
						SETTLED_CODE_TEXT);
				log.warn("短信 {} 发送失败 (message {} failed): {} {}", message.id(), message.id(), refused.code(), reason);
			}
			return false;
		}
		SmsGateway.Unknown unknown = (SmsGateway.Unknown) outcome;
		this.mapper.markUnconfirmed(message.id(), this.gateway.name(), limit(unknown.reason(), 500),
				after.plus(this.properties.confirmAfter()), after);
		return false;
	}

	/** A SENDING message whose send had no answer: ask the provider, then settle it or let it go again. */
	private void confirm(StoredMessage message) {
		LocalDateTime now = LocalDateTime.now(this.clock);
		// the send began at most confirmAfter before next_attempt_at; the provider's day is that of the send
		LocalDateTime sentAround = message.nextAttemptAt().minus(this.properties.confirmAfter());
		SmsGateway.LookupOutcome outcome = this.gateway.lookup(delivery(message, sentAround));
		if (outcome instanceof SmsGateway.Found found) {
			this.mapper.markSent(message.id(), this.gateway.name(), found.providerId(), now, SETTLED_CODE_TEXT);
			log.info("短信 {} 已由服务商确认收到，不再重发 (message {} was accepted before: not sent again)", message.id(),
					message.id());
		}
		else if (outcome instanceof SmsGateway.NotFound) {
			if (!now.isBefore(message.expiresAt()) || message.attempts() >= this.properties.maxAttempts()) {
				this.mapper.markFailed(message.id(), this.gateway.name(), "NOT_SENT",
						"服务商无此短信记录，已超过有效期或重试次数 (the provider never got it; expired or out of attempts)", now,
						SETTLED_CODE_TEXT);
			}
			else {
				this.mapper.markRetry(message.id(), "NOT_SENT", "服务商无此短信记录，重新发送 (the provider never got it: sending again)",
						now, now);
			}
		}
		else {
			String reason = ((SmsGateway.LookupFailed) outcome).reason();
			if (now.isAfter(message.expiresAt().plus(this.properties.maxRetry()))) {
				this.mapper.markFailed(message.id(), this.gateway.name(), "UNCONFIRMED",
						limit("无法确认是否已发出 (whether it was sent is unknown): " + reason, 500), now, SETTLED_CODE_TEXT);
			}
			else {
				this.mapper.markUnconfirmed(message.id(), this.gateway.name(), limit(reason, 500),
						now.plus(this.properties.confirmAfter()), now);
			}
		}
	}

	private SmsGateway.Delivery delivery(StoredMessage message, LocalDateTime firstSentAt) {
		Map<String, String> params = message.params() == null ? Map.of()
				: this.json.readValue(message.params(), new TypeReference<Map<String, String>>() {
				});
		return new SmsGateway.Delivery(message.id(), this.gateway.key(message.id()), message.purposeValue(),
				message.phone(), message.text(), params, firstSentAt);
	}

	private static String limit(String text, int length) {
		if (text == null) {
			return null;
		}
		return text.length() <= length ? text : text.substring(0, length);
	}

}
