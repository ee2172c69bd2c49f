package cn.dingkao.predict;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

import cn.dingkao.reconcile.Population;
import cn.dingkao.ruling.Cycle;

import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

/** The prediction job's SQL but for its per-physician writes (see {@link PredictionWriter}). */
@Mapper
interface PredictMapper {

	int insertRun(RunRow run);

	int finishRun(@Param("id") long id, @Param("cycle") Cycle cycle);

	/** A physician who left a re-assessment's population (the base result changed) has no prediction in it. */
	int deleteOutsidePopulation(@Param("cycle") Cycle cycle, @Param("population") Population population);

	int deleteCounts(@Param("cycle") Cycle cycle, @Param("day") LocalDate day);

	/** The day's counts per main org and step from the stored predictions, set-based. */
	int insertCounts(@Param("cycle") Cycle cycle, @Param("day") LocalDate day, @Param("riskUntil") LocalDate riskUntil);

	/** The day's counts per district and step, for the terminal. */
	List<DistrictStep> countsByDistrict(@Param("cycle") Cycle cycle, @Param("day") LocalDate day);

	/** Predicted outcomes per district, for the terminal. */
	List<DistrictOutcome> outcomesByDistrict(@Param("cycle") Cycle cycle);

	/** Physicians whose next step is their own and due on one of {@code deadlines}, in cert_no order after {@code after}. */
	List<ReminderRow> reminders(@Param("cycle") Cycle cycle, @Param("deadlines") List<LocalDate> deadlines,
			@Param("district") String district, @Param("after") String after, @Param("limit") int limit);

	/**
	 * Per institution (as a site) and next step, its physicians at risk; institutions with none are left out. Of
	 * the institutions {@code orgs} names, or of all of them (the district's) when it is null.
	 */
	List<DigestRow> digestRows(@Param("cycle") Cycle cycle, @Param("riskUntil") LocalDate riskUntil,
			@Param("tomorrow") LocalDate tomorrow, @Param("district") String district, @Param("orgs") List<String> orgs);

	/** A page of institutions (of one district, or all), in org_code order after {@code after}. */
	List<String> orgPage(@Param("district") String district, @Param("after") String after, @Param("limit") int limit);

	record ReminderRow(String certNo, String name, String districtCode, String nextStep, LocalDate deadline,
			String returned, String examMode, Integer triesLeft, String phone) {
	}

	record DigestRow(String orgCode, String orgName, String districtCode, String phone, String step, long atRisk) {
	}

	record DistrictStep(String districtCode, String districtName, String step, long physicians, long atRisk,
			long overdue) {
	}

	record DistrictOutcome(String districtCode, String districtName, int outcomeCode, long physicians) {
	}

	/** A row of prediction_run: one per prediction job execution (a restart continues the same run). */
	class RunRow {

		Long id;

		Cycle cycleYear;

		LocalDate businessDate;

		Long jobExecutionId;

		LocalDateTime startedAt;

		public Long getId() {
			return this.id;
		}

		public void setId(Long id) {
			this.id = id;
		}

		public Cycle getCycleYear() {
			return this.cycleYear;
		}

		public LocalDate getBusinessDate() {
			return this.businessDate;
		}

		public Long getJobExecutionId() {
			return this.jobExecutionId;
		}

		public LocalDateTime getStartedAt() {
			return this.startedAt;
		}

	}

}
