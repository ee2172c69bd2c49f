package cn.dingkao.web.office;

import cn.dingkao.ruling.Cycle;
import java.time.LocalDateTime;
import java.util.List;

import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

/** The maintained counts of the progress dashboard (table progress_count, migration V22). */
@Mapper
interface ProgressMapper {

	/** Batch runs (import, rule, nightly, …) that have finished so far: one more means the data may have changed. */
	long runsFinished();

	List<String> districtCodes();

	List<RefreshState> refreshStates(@Param("cycle") Cycle cycle);

	void deleteDistrict(@Param("cycle") Cycle cycle, @Param("district") String district);

	/** Recomputes every institution of the district, set-based, from the physicians of the district. */
	int insertDistrict(@Param("cycle") Cycle cycle, @Param("district") String district, @Param("now") LocalDateTime now);

	void deleteRefreshState(@Param("cycle") Cycle cycle, @Param("district") String district);

	void insertRefreshState(@Param("cycle") Cycle cycle, @Param("district") String district,
			@Param("runsFinished") long runsFinished, @Param("now") LocalDateTime now);

	int markStaleByPhysicians(@Param("cycle") Cycle cycle, @Param("certNos") List<String> certNos);

	int markStaleBySite(@Param("cycle") Cycle cycle, @Param("org") String org);

	List<String> staleOrgs(@Param("cycle") Cycle cycle, @Param("district") String district, @Param("limit") int limit);

	/** Recomputes a few institutions' rows in place (after web changes). */
	int refreshOrgs(@Param("cycle") Cycle cycle, @Param("orgs") List<String> orgs, @Param("now") LocalDateTime now);

	List<Progress> districtTotals(@Param("cycle") Cycle cycle, @Param("district") String district);

	long countInstitutions(@Param("f") ProgressFilter filter);

	List<Progress> institutions(@Param("f") ProgressFilter filter);

	/** Physicians whose main org is not in the institution list (counted as 未知, outside every district). */
	long unknownMainOrg();

	record RefreshState(String districtCode, long runsFinished, LocalDateTime refreshedAt) {
	}

	/** One line of the dashboard: an institution, or a district's total (orgCode null). */
	record Progress(String orgCode, String orgName, String districtCode, String districtName, long physicians,
			long registered, long approved, long rated, long tested, long ruled) {
	}

}
