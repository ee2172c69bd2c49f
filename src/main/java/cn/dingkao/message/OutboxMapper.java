package cn.dingkao.message;

import java.time.LocalDateTime;
import java.util.List;

import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

/** Table outbox_message. Every state change is conditional on the state it leaves, so no two writers cross. */
@Mapper
interface OutboxMapper {

	int countByDedupKey(@Param("dedupKey") String dedupKey);

	void insert(@Param("m") OutgoingMessage message, @Param("params") String params, @Param("now") LocalDateTime now,
			@Param("expiresAt") LocalDateTime expiresAt);

	/** QUEUED messages due now, oldest first. */
	List<StoredMessage> findDue(@Param("now") LocalDateTime now, @Param("limit") int limit);

	/** SENDING messages whose outcome is to be confirmed now. */
	List<StoredMessage> findUnconfirmed(@Param("now") LocalDateTime now, @Param("limit") int limit);

	/** QUEUED → FAILED for messages past their validity. */
	int expireQueued(@Param("now") LocalDateTime now);

	/** Moves a QUEUED message of a quiet-hours purpose to the next 08:00. */
	int postpone(@Param("id") long id, @Param("until") LocalDateTime until, @Param("now") LocalDateTime now);

	/** QUEUED → SENDING, one more attempt; confirmAt: when its outcome is searched for if no answer comes. */
	int claim(@Param("id") long id, @Param("now") LocalDateTime now, @Param("confirmAt") LocalDateTime confirmAt);

	int markSent(@Param("id") long id, @Param("gateway") String gateway, @Param("providerId") String providerId,
			@Param("now") LocalDateTime now, @Param("settledText") String settledText);

	int markFailed(@Param("id") long id, @Param("gateway") String gateway, @Param("code") String code,
			@Param("message") String message, @Param("now") LocalDateTime now, @Param("settledText") String settledText);

	/** SENDING → QUEUED for another attempt at {@code next}, keeping the reason of the last one. */
	int markRetry(@Param("id") long id, @Param("code") String code, @Param("message") String message,
			@Param("next") LocalDateTime next, @Param("now") LocalDateTime now);

	/** Stays SENDING: the outcome is unknown and is searched for again at {@code next}. */
	int markUnconfirmed(@Param("id") long id, @Param("gateway") String gateway, @Param("message") String message,
			@Param("next") LocalDateTime next, @Param("now") LocalDateTime now);

	/** The offices' list: newest first, older than {@code before} (an id; null = from the newest). */
	List<ListedMessage> recent(@Param("district") String district, @Param("status") String status,
			@Param("before") Long before, @Param("limit") int limit);

	List<StatusCount> countByStatus(@Param("district") String district, @Param("since") LocalDateTime since);

	record StatusCount(String status, long count) {
	}

}
