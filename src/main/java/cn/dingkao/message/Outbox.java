package cn.dingkao.message;

import java.time.Clock;
import java.time.LocalDateTime;

import tools.jackson.databind.json.JsonMapper;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The one way to send a text message: it is written to table outbox_message in the caller's transaction, so it
 * exists exactly when what caused it was committed (a code sent for a reset that rolled back never leaves), and
 * the {@link OutboxSender} delivers it. Once the transaction commits, the sender of this node is woken, so a code
 * leaves within moments rather than at the next poll.
 */
@Service
public class Outbox {

	private final OutboxMapper mapper;

	private final Clock clock;

	private final OutboxSender sender;

	private final JsonMapper json = JsonMapper.builder().build();

	Outbox(OutboxMapper mapper, Clock clock, OutboxSender sender) {
		this.mapper = mapper;
		this.clock = clock;
		this.sender = sender;
	}

	/**
	 * Queues a message in the caller's transaction (there must be one). A message whose {@code dedupKey} is already
	 * in the outbox, in whatever state, is not queued again.
	 *
	 * @return false when the dedup key was already there
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public boolean enqueue(OutgoingMessage message) {
		if (message.dedupKey() != null && this.mapper.countByDedupKey(message.dedupKey()) > 0) {
			return false;
		}
		LocalDateTime now = LocalDateTime.now(this.clock);
		String params = message.params().isEmpty() ? null : this.json.writeValueAsString(message.params());
		try {
			this.mapper.insert(message, params, now, now.plus(message.purpose().validity()));
		}
		catch (DuplicateKeyException ex) {
			// another transaction queued the same key and committed first
			return false;
		}
		TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
			@Override
			public void afterCommit() {
				Outbox.this.sender.wake();
			}
		});
		return true;
	}

}
