package cn.dingkao.web.physician;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

import cn.dingkao.ruling.ApplicationStatus;
import cn.dingkao.ruling.CertType;
import cn.dingkao.ruling.Cycle;
import cn.dingkao.ruling.ItemState;
import cn.dingkao.ruling.Outcome;
import cn.dingkao.ruling.Rating;

import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

/** Everything a physician sees is selected by the physician's own cert_no. */
@Mapper
interface PhysicianMapper {

	Physician findPhysician(@Param("certNo") String certNo);

	List<Site> findSites(@Param("certNo") String certNo, @Param("cycle") Cycle cycle);

	Application findApplication(@Param("certNo") String certNo, @Param("cycle") Cycle cycle);

	/** The association the district office delegated the physician's exam to (附件2 注2), or null. */
	String delegatedBoard(@Param("certNo") String certNo, @Param("cycle") Cycle cycle);

	List<String> confirmedSections(@Param("certNo") String certNo, @Param("cycle") Cycle cycle);

	void insertConfirmation(@Param("certNo") String certNo, @Param("cycle") Cycle cycle, @Param("section") String section,
			@Param("now") LocalDateTime now);

	int insertApplication(Application application);

	int updateApplication(Application application);

	boolean isHidden(@Param("certNo") String certNo, @Param("cycle") Cycle cycle, @Param("now") LocalDateTime now);

	/** The hides of the physician that are active now, by which org (main or secondary site) and why. */
	List<Hide> activeHides(@Param("certNo") String certNo, @Param("cycle") Cycle cycle, @Param("now") LocalDateTime now);

	/**
	 * Results of the cycles from {@code from} on, newest first (a re-assessment such as 2026R is a cycle of its own);
	 * codes compare in SQL as text in cycle order ({@link Cycle}).
	 */
	List<Result> recentResults(@Param("certNo") String certNo, @Param("from") Cycle from);

	String districtOf(@Param("certNo") String certNo);

	record Physician(String certNo, CertType certType, String name, String gender, LocalDate birthDate,
			String practiceCategory, String practiceScopes, String mainOrgCode, String mainOrgName,
			String otherOrgCodes, String title, LocalDate titleDate, LocalDate registeredOn) {
	}

	/** A practice site: its ratings and confirmation are null until it rates. */
	record Site(String orgCode, String orgName, boolean isMain, Rating ethics, Rating performance, Boolean confirmed,
			LocalDateTime evaluatedAt) {
	}

	record Application(String certNo, Cycle cycleYear, String specialty, ApplicationStatus status,
			LocalDateTime submittedAt, LocalDateTime approvedAt, boolean simplified, Integer simplifiedCategory,
			String evidenceRef, LocalDate evidenceDate, Integer aidMonths, String examOrgCode, String returnReason,
			LocalDateTime updatedAt) {
	}

	record Hide(String orgCode, String orgName, boolean isMain, String reason) {
	}

	record Result(Cycle cycleYear, Outcome outcome, ItemState ethics, ItemState performance, ItemState business,
			List<String> reasons, String specialty, ApplicationStatus applicationStatus, Boolean simplified,
			LocalDate decidedOn) {
	}

}
