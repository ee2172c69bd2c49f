package cn.dingkao.receipt;

import java.time.LocalDateTime;
import java.util.List;

import cn.dingkao.feed.FeedDelivery;
import cn.dingkao.ruling.Cycle;

import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

@Mapper
interface ReceiptMapper {

	FeedDelivery findDelivery(@Param("cycle") Cycle cycle, @Param("seq") int seq);

	ReceiptRecord findReceipt(@Param("cycle") Cycle cycle, @Param("seq") int seq);

	void insertReceipt(@Param("cycle") Cycle cycle, @Param("seq") int seq, @Param("fileName") String fileName,
			@Param("sha256") String sha256, @Param("rows") long rows, @Param("accepted") long accepted,
			@Param("rejected") long rejected, @Param("at") LocalDateTime at, @Param("by") String by);

	void insertRejections(@Param("rows") List<AnswerRow> rows);

	/** Records each row's answer unless a newer delivery's answer is there already. */
	void upsertAnswers(@Param("rows") List<AnswerRow> rows);

	List<Physician> names(@Param("cycle") Cycle cycle, @Param("certs") List<String> certs);

	// ------------------------------------------------------------------------------------ read side

	List<ReceiptRecord> receipts();

	List<ReasonCount> reasonCounts();

	long countRejected();

	/** The rejected physicians, newest delivery first; one physician's row when {@code certNo} is given. */
	List<RejectedRow> rejected(@Param("cycle") Cycle cycle, @Param("certNo") String certNo, @Param("limit") int limit,
			@Param("offset") long offset);

	AnswerRow answerOf(@Param("cycle") Cycle cycle, @Param("certNo") String certNo);

	List<AnswerRow> rejectionsOf(@Param("cycle") Cycle cycle, @Param("certNo") String certNo);

	/** The delivery that last changed the physician's delivered row, null when never delivered (or revoked). */
	Integer deliveredSeq(@Param("cycle") Cycle cycle, @Param("certNo") String certNo);

	/** One row's answer as stored (registry_answer or registry_rejection). */
	record AnswerRow(Cycle cycleYear, int seqNo, String certNo, long lineNo, int outcomeCode, String status,
			String reasonCode, String reason) {
	}

	record Physician(String certNo, String name) {
	}

}
