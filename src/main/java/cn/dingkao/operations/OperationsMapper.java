package cn.dingkao.operations;

import java.time.LocalDateTime;
import java.util.List;

import cn.dingkao.ruling.Cycle;

import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

/**
 * What the monitoring reads: the job repository, import_file, result, the feed, the registry's answers and the
 * outbox — small GROUP BYs, every one of them on an index or a small table. The database is the one place every
 * process writes to (the batch commands are short-lived processes; several nodes may serve), so metrics read from it
 * are the same whichever node is scraped, and no run is missed because its process has ended.
 */
@Mapper
interface OperationsMapper {

	/** Files and rows per kind and status, over every import ever run. */
	List<ImportRows> importRows();

	/** The latest file of each kind that was imported or refused (a night's figures). */
	List<ImportRows> lastImportRows();

	List<CycleCount> outcomes();

	List<Delivery> lastDeliveries();

	List<CycleCount> deliveries();

	List<CycleCount> deliveredRows();

	List<CycleCount> unansweredDeliveries();

	List<CycleCount> registryAnswers();

	List<MessageCount> messages();

	/** The latest execution of each job. */
	List<JobExecutionRow> lastJobExecutions();

	/** Step executions that failed since this time, per job and step. */
	List<StepFailures> stepFailures(@Param("since") LocalDateTime since);

	/** The nightly job's executions started since this time, newest first, with their cycle and business date. */
	List<NightlyExecution> nightlyExecutions(@Param("since") LocalDateTime since);

	record ImportRows(String kind, String status, long files, long rowsRead, long rowsImported, long rowsRejected) {
	}

	/** A count of one cycle: an outcome's physicians, a delivery count, a registry status's physicians. */
	record CycleCount(Cycle cycleYear, String label, long count) {
	}

	record Delivery(Cycle cycleYear, int seqNo, String feedMode, long rowCount, LocalDateTime generatedAt) {
	}

	record MessageCount(String purpose, String status, long messages, LocalDateTime oldest) {
	}

	record JobExecutionRow(String jobName, long executionId, String status, LocalDateTime startTime,
			LocalDateTime endTime) {
	}

	record StepFailures(String jobName, String stepName, long failures) {
	}

	record NightlyExecution(long executionId, String status, String exitMessage, LocalDateTime startTime,
			LocalDateTime endTime, String cycle, String businessDate) {
	}

}
