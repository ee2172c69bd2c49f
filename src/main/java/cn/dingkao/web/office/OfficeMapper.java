package cn.dingkao.web.office;

import java.time.LocalDateTime;
import java.util.List;

import cn.dingkao.ruling.Cycle;

import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

/** Office pages; {@code district} null = the city office (every district). */
@Mapper
interface OfficeMapper {

	List<Progress> progress(@Param("district") String district, @Param("cycle") Cycle cycle);

	List<AssessmentRow> assessmentApplications(@Param("district") String district, @Param("cycle") Cycle cycle);

	int approveAssessment(@Param("district") String district, @Param("cycle") Cycle cycle, @Param("org") String org,
			@Param("by") String by, @Param("now") LocalDateTime now, @Param("effective") LocalDateTime effective);

	String institutionDistrict(@Param("org") String org);

	List<String> associations();

	List<ExamOrg> examOrgs();

	/** The physician's district (of the main org) when the application is approved, else null. */
	String approvedApplicationDistrict(@Param("certNo") String certNo, @Param("cycle") Cycle cycle);

	String currentExamOrg(@Param("certNo") String certNo, @Param("cycle") Cycle cycle);

	int setExamOrg(@Param("certNo") String certNo, @Param("cycle") Cycle cycle, @Param("org") String org,
			@Param("now") LocalDateTime now);

	int updateDelegation(@Param("certNo") String certNo, @Param("cycle") Cycle cycle, @Param("board") String board,
			@Param("org") String org, @Param("by") String by, @Param("now") LocalDateTime now);

	void insertDelegation(@Param("certNo") String certNo, @Param("cycle") Cycle cycle, @Param("board") String board,
			@Param("org") String org, @Param("by") String by, @Param("now") LocalDateTime now);

	List<DelegationRow> delegations(@Param("district") String district, @Param("cycle") Cycle cycle);

	List<FeedDelivery> feedDeliveries();

	record Progress(String orgCode, String orgName, String districtCode, long physicians, long registered, long approved,
			long rated, long tested, long ruled) {
	}

	record AssessmentRow(String orgCode, String orgName, String districtCode, String status, LocalDateTime appliedAt,
			String approvedBy, LocalDateTime effectiveAt) {
	}

	record ExamOrg(String orgCode, String orgName) {
	}

	record DelegationRow(String certNo, String name, String board, String examOrgCode, String delegatedBy,
			LocalDateTime delegatedAt) {
	}

	record FeedDelivery(Cycle cycleYear, int seqNo, String fileName, String feedMode, long rowCount, String sha256,
			java.time.LocalDate businessDate, LocalDateTime generatedAt) {
	}

}
