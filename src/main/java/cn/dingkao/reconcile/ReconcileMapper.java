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
 * The reads of the ruling: pages of a cert_no range of physicians, and the rows of the same range of every input
 * table, straight into the engine's records. Rows of another cycle are never read.
 */
@Mapper
interface ReconcileMapper {

	int refreshPhysicianDistricts();

	/** Input files whose merge an interrupted import left half done (import_file.status MERGING). */
	List<String> halfMergedImports();

	long countPhysicians();

	/** The cert_no at a position of the roster in cert_no order (0 = the first). */
	String certNoAt(@Param("offset") long offset);

	/** The first physicians of a range in cert_no order (of a re-assessment's population only). */
	List<PhysicianRecord> physicianPage(@Param("range") KeyRange range, @Param("limit") int limit,
			@Param("population") Population population);

	long countResults(@Param("cycle") Cycle cycle);

	int deleteResultsOutsidePopulation(@Param("cycle") Cycle cycle, @Param("population") Population population);

	int deleteExceptionsOutsidePopulation(@Param("cycle") Cycle cycle, @Param("population") Population population);

	List<PhysicianRecord> physician(@Param("certNo") String certNo);

	/** The stored results of a page of physicians. */
	List<StoredResult> storedResults(@Param("cycle") Cycle cycle, @Param("certNos") Collection<String> certNos);

	List<ApplicationRecord> applications(@Param("cycle") Cycle cycle, @Param("range") KeyRange range);

	List<EvaluationRecord> evaluations(@Param("cycle") Cycle cycle, @Param("range") KeyRange range);

	List<ExamRecord> exams(@Param("cycle") Cycle cycle, @Param("range") KeyRange range);

	List<HideRecord> hides(@Param("cycle") Cycle cycle, @Param("range") KeyRange range);

	List<InputConflict> conflicts(@Param("cycle") Cycle cycle, @Param("range") KeyRange range);


	List<CatalogEntry> catalog();

	int insertRun(RunRow run);

	int finishRun(@Param("id") long id, @Param("cycle") Cycle cycle);

	int deleteStaleUnknownRecords(@Param("cycle") Cycle cycle, @Param("population") Population population);

	/** Severities come from {@link cn.dingkao.ruling.WarningCode}, the one place they are defined (by code name). */
	int insertUnknownRecords(@Param("cycle") Cycle cycle, @Param("runId") long runId,
			@Param("population") Population population, @Param("severities") Map<String, Severity> severities);

	List<Map<String, Object>> outcomesByDistrict(@Param("cycle") Cycle cycle);

	List<Map<String, Object>> warningsByDistrict(@Param("cycle") Cycle cycle);

	Map<String, Object> storedResult(@Param("cycle") Cycle cycle, @Param("certNo") String certNo);

}
