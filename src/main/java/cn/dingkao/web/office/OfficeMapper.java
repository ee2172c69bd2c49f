package cn.dingkao.web.office;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

import cn.dingkao.feed.FeedMode;
import cn.dingkao.ruling.ApplicationStatus;
import cn.dingkao.ruling.Cycle;
import cn.dingkao.web.AssessmentStatus;

import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

/** Office pages; {@code district} null = the city office (every district). */
@Mapper
interface OfficeMapper {

	List<District> districts();

	List<AssessmentRow> assessmentApplications(@Param("district") String district, @Param("cycle") Cycle cycle);

	int approveAssessment(@Param("district") String district, @Param("cycle") Cycle cycle, @Param("org") String org,
			@Param("by") String by, @Param("now") LocalDateTime now, @Param("effective") LocalDateTime effective);

	String institutionDistrict(@Param("org") String org);

	List<ExamOrg> examOrgs();

	/** The physician to delegate: district of the main org, scopes and application status of the cycle. */
	DelegationCandidate delegationCandidate(@Param("certNo") String certNo, @Param("cycle") Cycle cycle);

	String currentExamOrg(@Param("certNo") String certNo, @Param("cycle") Cycle cycle);

	String currentBoard(@Param("certNo") String certNo, @Param("cycle") Cycle cycle);

	int setExamOrg(@Param("certNo") String certNo, @Param("cycle") Cycle cycle, @Param("org") String org,
			@Param("now") LocalDateTime now);

	int updateDelegation(@Param("certNo") String certNo, @Param("cycle") Cycle cycle, @Param("board") String board,
			@Param("org") String org, @Param("by") String by, @Param("now") LocalDateTime now);

	void insertDelegation(@Param("certNo") String certNo, @Param("cycle") Cycle cycle, @Param("board") String board,
			@Param("org") String org, @Param("by") String by, @Param("now") LocalDateTime now);

	long countDelegations(@Param("district") String district, @Param("cycle") Cycle cycle);

	List<DelegationRow> delegations(@Param("district") String district, @Param("cycle") Cycle cycle,
			@Param("limit") int limit, @Param("offset") long offset);

	List<DeliveryRow> feedDeliveries();

	/** The registry deliveries written for this cycle and business date (a rerun must not repeat them). */
	List<String> deliveriesOn(@Param("cycle") Cycle cycle, @Param("date") LocalDate date);

	record District(String districtCode, String districtName) {
	}

	record AssessmentRow(String orgCode, String orgName, String districtCode, String districtName,
			AssessmentStatus status, LocalDateTime appliedAt,
			String approvedBy, LocalDateTime effectiveAt) {
	}

	record ExamOrg(String orgCode, String orgName) {
	}

	record DelegationCandidate(String certNo, String name, String districtCode, String practiceScopes,
			ApplicationStatus applicationStatus, String specialty) {
	}

	/** {@code delegatedByName}: the district of the office that delegated (北京市 for the city's). */
	record DelegationRow(String certNo, String name, String board, String examOrgCode, String examOrgName,
			String delegatedBy, String delegatedByName, LocalDateTime delegatedAt) {
	}

	/** One delivery as the city office's page lists it (the feed's own record is cn.dingkao.feed.FeedDelivery). */
	record DeliveryRow(Cycle cycleYear, int seqNo, String fileName, FeedMode feedMode, long rowCount, String sha256,
			LocalDate businessDate, LocalDateTime generatedAt) {
	}

}
