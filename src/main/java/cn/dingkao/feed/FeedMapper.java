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

	/** Every physician of the cycle except the HIDDEN, in byte order of cert_no. */
	Cursor<FeedRow> fullRows(@Param("cycle") Cycle cycle);

	/** What differs from the delivered state: new or changed rows, and revocations of newly hidden ones. */
	Cursor<FeedRow> deltaRows(@Param("cycle") Cycle cycle);

	void clearDelivered(@Param("cycle") Cycle cycle);

	void recordDelivered(@Param("cycle") Cycle cycle, @Param("seq") int seq);

}
