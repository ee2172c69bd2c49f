package cn.dingkao.web.physician;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

import cn.dingkao.ruling.Cycle;

import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

/** Everything a physician sees is selected by the physician's own cert_no. */
@Mapper
interface PhysicianMapper {

	Physician findPhysician(@Param("certNo") String certNo);

	List<Site> findSites(@Param("certNo") String certNo, @Param("cycle") Cycle cycle);

	Application findApplication(@Param("certNo") String certNo, @Param("cycle") Cycle cycle);

	List<String> allowedSpecialties(@Param("scopes") List<String> scopes);

	List<String> confirmedSections(@Param("certNo") String certNo, @Param("cycle") Cycle cycle);

	void insertConfirmation(@Param("certNo") String certNo, @Param("cycle") Cycle cycle, @Param("section") String section,
			@Param("now") LocalDateTime now);

	int insertApplication(Application application);

	int updateApplication(Application application);

	boolean isHidden(@Param("certNo") String certNo, @Param("cycle") Cycle cycle, @Param("now") LocalDateTime now);

	List<Result> recentResults(@Param("certNo") String certNo);

	String districtOf(@Param("certNo") String certNo);

	record Physician(String certNo, String certType, String name, String gender, LocalDate birthDate,
			String practiceCategory, String practiceScopes, String mainOrgCode, String mainOrgName,
			String otherOrgCodes, String title, LocalDate titleDate, LocalDate registeredOn) {
	}

	record Site(String orgCode, String orgName, String isMain, String ethics, String performance, String confirmed,
			LocalDateTime evaluatedAt) {
	}

	record Application(String certNo, Cycle cycleYear, String specialty, String status, LocalDateTime submittedAt,
			LocalDateTime approvedAt, String simplified, Integer simplifiedCategory, String evidenceRef,
			LocalDate evidenceDate, Integer aidMonths, String examOrgCode, String returnReason, LocalDateTime updatedAt) {
	}

	record Result(Cycle cycleYear, int outcomeCode, String ethics, String performance, String business, String reasons,
			String specialty, LocalDate decidedOn) {
	}

}
