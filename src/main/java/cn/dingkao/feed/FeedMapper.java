package cn.dingkao.feed;

import java.util.List;

import cn.dingkao.ruling.Cycle;

import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;
import org.apache.ibatis.cursor.Cursor;

@Mapper
interface FeedMapper {

	void createCounter(@Param("cycle") Cycle cycle);

	int lockCounter(@Param("cycle") Cycle cycle);

	void updateCounter(@Param("cycle") Cycle cycle, @Param("seq") int seq);

	FeedDelivery findByJobInstance(@Param("jobInstanceId") long jobInstanceId);

	List<FeedDelivery> findByCycle(@Param("cycle") Cycle cycle);

	void insertDelivery(FeedDelivery delivery);

	/** The latest FULL delivery of the cycle with this {@link FeedBasis}, or null. */
	FeedDelivery latestFull(@Param("cycle") Cycle cycle, @Param("basis") String basis);

	/**
	 * Every physician of the cycle except the HIDDEN, by cert_no: in byte order on MySQL, in H2's order of strings
	 * (UTF-16 units) on H2, which {@link ByteOrderRuns} puts in byte order as the rows stream.
	 */
	Cursor<FeedRow> fullRows(@Param("cycle") Cycle cycle);

	/**
	 * What differs from the delivered state: new or changed rows, and revocations of newly hidden ones and of
	 * delivered physicians without a result now; with {@code resendRejected} also every physician whose latest
	 * registry answer is REJECTED (their current row, or its revocation when now hidden), changed or not.
	 */
	Cursor<FeedRow> deltaRows(@Param("cycle") Cycle cycle, @Param("resendRejected") boolean resendRejected);

	/** Step 1 of recording a delivery: delivered rows that are gone or changed are forgotten. */
	default int forgetChangedDelivered(Cycle cycle) {
		List<String> changed = changedDelivered(cycle);
		int forgotten = 0;
		for (int from = 0; from < changed.size(); from += 1000) {
			forgotten += forgetDelivered(cycle, changed.subList(from, Math.min(changed.size(), from + 1000)));
		}
		return forgotten;
	}

	/** The cert_nos of the delivered rows that are gone or changed. */
	List<String> changedDelivered(@Param("cycle") Cycle cycle);

	int forgetDelivered(@Param("cycle") Cycle cycle, @Param("certNos") List<String> certNos);

	/** Step 2: current rows not delivered as they are now are recorded with this delivery's sequence number. */
	int recordNewDelivered(@Param("cycle") Cycle cycle, @Param("seq") int seq);

}
