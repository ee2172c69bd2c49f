package cn.dingkao.web.account;

import java.time.LocalDateTime;

import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

@Mapper
interface AccountMapper {

	Account find(@Param("username") String username);

	/** The account's credentials version, or null when the account no longer exists. */
	Integer credentialsVersion(@Param("username") String username);

	int insertMissingPhysicians(@Param("now") LocalDateTime now);

	int insertMissingInstitutions(@Param("now") LocalDateTime now);

	void recordFailure(@Param("username") String username, @Param("lockUntil") LocalDateTime lockUntil,
			@Param("maxAttempts") int maxAttempts, @Param("now") LocalDateTime now);

	void recordSuccess(@Param("username") String username, @Param("now") LocalDateTime now);

	void changePassword(@Param("username") String username, @Param("hash") String hash, @Param("now") LocalDateTime now);

	/** withoutCode: the next change needs no code (a reset by the institution or an office). */
	int resetToInitial(@Param("username") String username, @Param("now") LocalDateTime now,
			@Param("withoutCode") boolean withoutCode);

	void bindMobile(@Param("username") String username, @Param("phone") String phone, @Param("now") LocalDateTime now);

	/** The physician's main org (roster), or null when the physician does not exist. */
	String physicianMainOrg(@Param("certNo") String certNo);

	/** The institution's district, or null when it does not exist. */
	String institutionDistrict(@Param("orgCode") String orgCode);

	String physicianDistrict(@Param("certNo") String certNo);

}
