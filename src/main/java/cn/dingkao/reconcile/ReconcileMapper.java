package cn.dingkao.reconcile;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;

import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

/**
 * The reads of the ruling: pages of one district's physicians in cert_no order, and the rows that
 * concern a page of physicians. Rows of another cycle year are never read.
 */
@Mapper
interface ReconcileMapper {

	int refreshPhysicianDistricts();

	/** Input files whose merge an interrupted import left half done (import_file.status MERGING). */
	List<String> halfMergedImports();

	List<String> districtsWithPhysicians();

	List<PhysicianRow> physicianPage(@Param("district") String district, @Param("after") String afterCertNo,
			@Param("limit") int limit);

	List<PhysicianRow> physician(@Param("certNo") String certNo);

	List<ApplicationRow> applications(@Param("cycle") int cycle, @Param("certNos") Collection<String> certNos);

	List<EvaluationRow> evaluations(@Param("cycle") int cycle, @Param("certNos") Collection<String> certNos);

	List<ExamRow> exams(@Param("cycle") int cycle, @Param("certNos") Collection<String> certNos);

	List<HideRow> hides(@Param("cycle") int cycle, @Param("certNos") Collection<String> certNos);

	List<ConflictRow> conflicts(@Param("cycle") int cycle, @Param("certNos") Collection<String> certNos);

	List<StoredResult> storedResults(@Param("cycle") int cycle, @Param("certNos") Collection<String> certNos);

	List<Map<String, Object>> catalog();

	LocalDate phaseStart(@Param("cycle") int cycle, @Param("phase") String phase);

	int insertRun(RunRow run);

	int finishRun(@Param("id") long id, @Param("cycle") int cycle);

	int deleteStaleUnknownRecords(@Param("cycle") int cycle);

	int insertUnknownRecords(@Param("cycle") int cycle, @Param("runId") long runId);

	List<Map<String, Object>> outcomesByDistrict(@Param("cycle") int cycle);

	List<Map<String, Object>> warningsByDistrict(@Param("cycle") int cycle);

	Map<String, Object> storedResult(@Param("cycle") int cycle, @Param("certNo") String certNo);

	List<Map<String, Object>> sources(@Param("table") String table, @Param("ids") Collection<Long> ids);

}
