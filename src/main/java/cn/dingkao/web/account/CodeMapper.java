package cn.dingkao.web.account;

import java.time.LocalDate;
import java.time.LocalDateTime;

import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

/** Tables verification_code and code_throttle. */
@Mapper
interface CodeMapper {

	/** Counts one send for the subject if its limits allow it: 1 row when allowed, 0 when refused or no row yet. */
	int takeThrottle(@Param("subject") String subject, @Param("today") LocalDate today, @Param("now") LocalDateTime now,
			@Param("notAfter") LocalDateTime notAfter, @Param("perDay") int perDay);

	void insertThrottle(@Param("subject") String subject, @Param("today") LocalDate today, @Param("now") LocalDateTime now);

	Throttle findThrottle(@Param("subject") String subject);

	/** An earlier code of the same account and purpose is no longer valid once a new one is sent. */
	void replaceActive(@Param("username") String username, @Param("purpose") CodePurpose purpose);

	void insertCode(@Param("username") String username, @Param("purpose") CodePurpose purpose,
			@Param("phone") String phone, @Param("hash") String hash, @Param("now") LocalDateTime now,
			@Param("expiresAt") LocalDateTime expiresAt);

	/** The account's active code for the purpose, locked until the transaction ends (one check at a time). */
	StoredCode lockActive(@Param("username") String username, @Param("purpose") CodePurpose purpose);

	int markUsed(@Param("id") long id, @Param("now") LocalDateTime now);

	/** One more wrong entry; the code is void once they reach {@code maxWrong}. */
	int recordWrong(@Param("id") long id, @Param("maxWrong") int maxWrong);

	record Throttle(String subject, LocalDate countDay, int dayCount, LocalDateTime lastSentAt) {
	}

	record StoredCode(long id, String username, String purpose, String phone, String codeHash, String status,
			int failedAttempts, LocalDateTime createdAt, LocalDateTime expiresAt) {
	}

}
