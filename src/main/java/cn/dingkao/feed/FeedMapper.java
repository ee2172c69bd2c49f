package cn.dingkao.feed;

import java.time.LocalDate;
import java.util.List;

import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;
import org.apache.ibatis.cursor.Cursor;

@Mapper
interface FeedMapper {

	LocalDate closeDate(@Param("cycle") int cycle);

	void createCounter(@Param("cycle") int cycle);

	int lockCounter(@Param("cycle") int cycle);

	void updateCounter(@Param("cycle") int cycle, @Param("seq") int seq);

	FeedDelivery findByJobInstance(@Param("jobInstanceId") long jobInstanceId);

	List<FeedDelivery> findByCycle(@Param("cycle") int cycle);

	void insertDelivery(FeedDelivery delivery);

	/** Every physician of the cycle except the HIDDEN, in byte order of cert_no. */
	Cursor<FeedRow> fullRows(@Param("cycle") int cycle);

	/** What differs from the delivered state: new or changed rows, and revocations of newly hidden ones. */
	Cursor<FeedRow> deltaRows(@Param("cycle") int cycle);

	void clearDelivered(@Param("cycle") int cycle);

	void recordDelivered(@Param("cycle") int cycle, @Param("seq") int seq);

}
