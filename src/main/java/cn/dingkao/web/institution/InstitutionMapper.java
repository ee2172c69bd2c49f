package cn.dingkao.web.institution;

import java.time.LocalDateTime;
import java.util.List;

import cn.dingkao.ruling.ApplicationStatus;
import cn.dingkao.ruling.Cycle;
import cn.dingkao.ruling.ItemState;
import cn.dingkao.ruling.Outcome;
import cn.dingkao.ruling.Rating;
import cn.dingkao.web.AssessmentStatus;

import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

/**
 * The institution's pages. Every statement is limited by {@code org} (the login's org_code) through
 * physician_site, so another institution's physician is never selected nor changed.
 */
@Mapper
interface InstitutionMapper {

	// ---------------------------------------------------------------- institution itself
	Institution findInstitution(@Param("org") String org);

	LocalDateTime registrationConfirmedAt(@Param("org") String org, @Param("cycle") Cycle cycle);

	void confirmRegistration(@Param("org") String org, @Param("cycle") Cycle cycle, @Param("by") String by,
			@Param("now") LocalDateTime now);

	List<Member> findMembers(@Param("org") String org);

	Member findMember(@Param("org") String org, @Param("id") long id);

	void insertMember(@Param("org") String org, @Param("m") Member member, @Param("now") LocalDateTime now);

	int updateMember(@Param("org") String org, @Param("m") Member member, @Param("now") LocalDateTime now);

	int deleteMember(@Param("org") String org, @Param("id") long id);

	AssessmentApplication findAssessmentApplication(@Param("org") String org, @Param("cycle") Cycle cycle);

	void insertAssessmentApplication(@Param("org") String org, @Param("cycle") Cycle cycle, @Param("by") String by,
			@Param("now") LocalDateTime now);

	boolean isAssessmentInstitution(@Param("org") String org, @Param("cycle") Cycle cycle, @Param("now") LocalDateTime now);

	// ---------------------------------------------------------------- physicians
	long countPhysicians(@Param("f") PhysicianFilter filter);

	List<PhysicianRow> findPhysicians(@Param("f") PhysicianFilter filter);

	PhysicianRow findPhysician(@Param("org") String org, @Param("cycle") Cycle cycle, @Param("certNo") String certNo,
			@Param("now") LocalDateTime now);

	boolean atSite(@Param("org") String org, @Param("certNo") String certNo);

	List<HiddenRow> findHidden(@Param("org") String org, @Param("cycle") Cycle cycle, @Param("now") LocalDateTime now);

	HiddenRow findHide(@Param("org") String org, @Param("cycle") Cycle cycle, @Param("certNo") String certNo);

	void insertHide(@Param("org") String org, @Param("cycle") Cycle cycle, @Param("certNo") String certNo,
			@Param("reason") String reason, @Param("now") LocalDateTime now);

	int rehide(@Param("org") String org, @Param("cycle") Cycle cycle, @Param("certNo") String certNo,
			@Param("reason") String reason, @Param("now") LocalDateTime now);

	int unhide(@Param("org") String org, @Param("cycle") Cycle cycle, @Param("certNo") String certNo,
			@Param("now") LocalDateTime now);

	/** The selected physicians of this institution (any site), for the approval's confirmation page. */
	List<PhysicianRow> findSelected(@Param("org") String org, @Param("cycle") Cycle cycle,
			@Param("certNos") List<String> certNos, @Param("now") LocalDateTime now);

	/** Of the given physicians, those with a SUBMITTED application whose main org is {@code org}. */
	List<String> submittedAtMainOrg(@Param("org") String org, @Param("cycle") Cycle cycle,
			@Param("certNos") List<String> certNos);

	int approve(@Param("org") String org, @Param("cycle") Cycle cycle, @Param("certNos") List<String> certNos,
			@Param("now") LocalDateTime now);

	int returnApplication(@Param("org") String org, @Param("cycle") Cycle cycle, @Param("certNo") String certNo,
			@Param("reason") String reason, @Param("now") LocalDateTime now);

	// ---------------------------------------------------------------- ratings (医疗机构考核)
	long countRatings(@Param("f") PhysicianFilter filter);

	List<RatingRow> findRatings(@Param("f") PhysicianFilter filter);

	RatingRow findRating(@Param("org") String org, @Param("cycle") Cycle cycle, @Param("certNo") String certNo,
			@Param("now") LocalDateTime now);

	int updateRating(@Param("org") String org, @Param("cycle") Cycle cycle, @Param("certNo") String certNo,
			@Param("ethics") Rating ethics, @Param("performance") Rating performance, @Param("now") LocalDateTime now);

	void insertRating(@Param("org") String org, @Param("cycle") Cycle cycle, @Param("certNo") String certNo,
			@Param("ethics") Rating ethics, @Param("performance") Rating performance, @Param("now") LocalDateTime now);

	/** Physicians of the list (filter) that this institution has not rated yet: the only ones "all pass" rates. */
	long countUnrated(@Param("f") PhysicianFilter filter);

	void auditAllPass(@Param("f") PhysicianFilter filter, @Param("user") String user, @Param("district") String district);

	int insertAllPass(@Param("f") PhysicianFilter filter);

	long countUnconfirmed(@Param("org") String org, @Param("cycle") Cycle cycle);

	void auditConfirm(@Param("org") String org, @Param("cycle") Cycle cycle, @Param("user") String user,
			@Param("district") String district, @Param("now") LocalDateTime now);

	int confirmRatings(@Param("org") String org, @Param("cycle") Cycle cycle, @Param("now") LocalDateTime now);

	// ---------------------------------------------------------------- delegated and results
	List<DelegatedRow> findDelegated(@Param("org") String org, @Param("cycle") Cycle cycle);

	long countResults(@Param("f") PhysicianFilter filter);

	List<ResultRow> findResults(@Param("f") PhysicianFilter filter);

	record Institution(String orgCode, String orgName, String districtCode, String districtName, boolean examOrg) {
	}

	record Member(Long id, String body, String name, String position, String phone) {
	}

	record AssessmentApplication(AssessmentStatus status, LocalDateTime appliedAt, String approvedBy, LocalDateTime approvedAt,
			LocalDateTime effectiveAt) {
	}

	/** A physician at this institution: the application's fields and this site's ratings are null without them. */
	record PhysicianRow(String certNo, String name, String practiceCategory, String practiceScopes, boolean isMain,
			ApplicationStatus status, String specialty, Boolean simplified, String returnReason, Rating ethics,
			Rating performance) {

		/** Waiting for its main institution's review. */
		public boolean submitted() {
			return this.status == ApplicationStatus.SUBMITTED;
		}

		/** An application its main institution may still return (打回): submitted or approved. */
		public boolean returnable() {
			return this.status == ApplicationStatus.SUBMITTED || this.status == ApplicationStatus.APPROVED;
		}

	}

	record HiddenRow(String certNo, String name, String reason, LocalDateTime hiddenAt, LocalDateTime unhiddenAt) {
	}

	/** A physician to rate; ethics, performance and confirmed are null until this institution rates. */
	record RatingRow(String certNo, String name, String specialty, Rating ethics, Rating performance, Boolean confirmed) {
	}

	record DelegatedRow(String certNo, String name, String mainOrgCode, String mainOrgName, String specialty, String board,
			Integer attempts, boolean passed) {
	}

	record ResultRow(String certNo, String name, Outcome outcome, ItemState ethics, ItemState performance,
			ItemState business, List<String> reasons) {
	}

}
