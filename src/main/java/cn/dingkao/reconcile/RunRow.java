package cn.dingkao.reconcile;

import java.time.LocalDate;
import java.time.LocalDateTime;

import cn.dingkao.ruling.Cycle;

/** A row of ruling_run: one per ruling job execution (a restart continues the same run). */
class RunRow {

	Long id;
	Cycle cycleYear;
	LocalDate businessDate;
	Long jobExecutionId;
	LocalDateTime startedAt;

}
