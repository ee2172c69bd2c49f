package cn.dingkao.reconcile;

import java.util.List;
import java.util.Map;

import cn.dingkao.ruling.CatalogEntry;
import cn.dingkao.ruling.Cycle;
import cn.dingkao.ruling.Severity;

import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

/**
 * The ruling's SQL but for its hot reads by cert_no range (see {@link RangeReads}): the run, the population of a
 * re-assessment, the set-based step and the report. Rows of another cycle are never read.
 */
@Mapper
interface ReconcileMapper {

	int refreshPhysicianDistricts();

	/** Input files whose merge an interrupted import left half done (import_file.status MERGING). */
	List<String> halfMergedImports();

	long countPhysicians();

	/** The cert_no at a position of the roster in cert_no order (0 = the first). */
	String certNoAt(@Param("offset") long offset);

	long countResults(@Param("cycle") Cycle cycle);

	int deleteResultsOutsidePopulation(@Param("cycle") Cycle cycle, @Param("population") Population population);

	int deleteExceptionsOutsidePopulation(@Param("cycle") Cycle cycle, @Param("population") Population population);

	List<CatalogEntry> catalog();

	int insertRun(RunRow run);

	int finishRun(@Param("id") long id, @Param("cycle") Cycle cycle);

	/** @param todoRun the run whose rule_todo limits the physicians concerned (a CHANGED run), or null for all */
	int deleteStaleUnknownRecords(@Param("cycle") Cycle cycle, @Param("population") Population population,
			@Param("todoRun") Long todoRun);

	/** Severities come from {@link cn.dingkao.ruling.WarningCode}, the one place they are defined (by code name). */
	int insertUnknownRecords(@Param("cycle") Cycle cycle, @Param("runId") long runId,
			@Param("population") Population population, @Param("severities") Map<String, Severity> severities,
			@Param("todoRun") Long todoRun);

	List<Map<String, Object>> outcomesByDistrict(@Param("cycle") Cycle cycle);

	List<Map<String, Object>> warningsByDistrict(@Param("cycle") Cycle cycle);

	Map<String, Object> storedResult(@Param("cycle") Cycle cycle, @Param("certNo") String certNo);

}
