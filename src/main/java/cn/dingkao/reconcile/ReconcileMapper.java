package cn.dingkao.reconcile;

import java.util.Collection;
import java.util.List;
import java.util.Map;

import cn.dingkao.ruling.ApplicationRecord;
import cn.dingkao.ruling.CatalogEntry;
import cn.dingkao.ruling.Cycle;
import cn.dingkao.ruling.EvaluationRecord;
import cn.dingkao.ruling.ExamRecord;
import cn.dingkao.ruling.HideRecord;
import cn.dingkao.ruling.PhysicianRecord;
import cn.dingkao.ruling.Severity;

import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

/**
 * The reads of the ruling: pages of one district's physicians in cert_no order, and the rows that concern a
 * page of physicians, straight into the engine's records. Rows of another cycle are never read.
 */
@Mapper
interface ReconcileMapper {

	int refreshPhysicianDistricts();

	/** Input files whose merge an interrupted import left half done (import_file.status MERGING). */
	List<String> halfMergedImports();

	List<String> districtsWithPhysicians();

	List<PhysicianRecord> physicianPage(@Param("district") String district, @Param("after") String afterCertNo,
			@Param("limit") int limit);

	List<PhysicianRecord> physician(@Param("certNo") String certNo);

	List<ApplicationRecord> applications(@Param("cycle") Cycle cycle, @Param("certNos") Collection<String> certNos);

	List<EvaluationRecord> evaluations(@Param("cycle") Cycle cycle, @Param("certNos") Collection<String> certNos);

	List<ExamRecord> exams(@Param("cycle") Cycle cycle, @Param("certNos") Collection<String> certNos);

	List<HideRecord> hides(@Param("cycle") Cycle cycle, @Param("certNos") Collection<String> certNos);

	List<InputConflict> conflicts(@Param("cycle") Cycle cycle, @Param("certNos") Collection<String> certNos);

	List<StoredResult> storedResults(@Param("cycle") Cycle cycle, @Param("certNos") Collection<String> certNos);

	List<CatalogEntry> catalog();

	int insertRun(RunRow run);

	int finishRun(@Param("id") long id, @Param("cycle") Cycle cycle);

	int deleteStaleUnknownRecords(@Param("cycle") Cycle cycle);

	/** Severities come from {@link cn.dingkao.ruling.WarningCode}, the one place they are defined. */
	int insertUnknownRecords(@Param("cycle") Cycle cycle, @Param("runId") long runId,
			@Param("unknownPhysicianSeverity") Severity unknownPhysicianSeverity,
			@Param("unknownOrgSeverity") Severity unknownOrgSeverity);

	List<Map<String, Object>> outcomesByDistrict(@Param("cycle") Cycle cycle);

	List<Map<String, Object>> warningsByDistrict(@Param("cycle") Cycle cycle);

	Map<String, Object> storedResult(@Param("cycle") Cycle cycle, @Param("certNo") String certNo);

}
