package cn.dingkao.web.prediction;

import java.time.LocalDate;
import java.util.List;

import cn.dingkao.message.MessagePurpose;
import cn.dingkao.message.MessageStatus;
import cn.dingkao.ruling.Actor;
import cn.dingkao.ruling.Cycle;
import cn.dingkao.ruling.ExamMode;
import cn.dingkao.ruling.Outcome;
import cn.dingkao.ruling.Step;

import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

/**
 * The prediction pages read the rows the daily job stored (tables prediction, prediction_count, prediction_run),
 * through their indexes, scoped by the login: an institution's through physician_site, an office's by district.
 */
@Mapper
interface PredictionPageMapper {

	/** The day of the latest finished prediction run of the cycle, or null. */
	LocalDate latestRunDay(@Param("cycle") Cycle cycle);

	List<OrgName> orgNames(@Param("orgs") List<String> orgs);

	record OrgName(String orgCode, String orgName) {
	}

	// ---------------------------------------------------------------- lists of physicians (institution, office)
	List<StepCount> countByStep(@Param("f") RiskFilter filter);

	long countPhysicians(@Param("f") RiskFilter filter);

	List<PredictionRow> physicians(@Param("f") RiskFilter filter);

	// ---------------------------------------------------------------- offices: the morning counts
	/** Per district (city) or per institution of a district: the day's counts by step. */
	List<AreaStep> areaSteps(@Param("cycle") Cycle cycle, @Param("day") LocalDate day, @Param("district") String district,
			@Param("orgs") List<String> orgs);

	long countInstitutions(@Param("cycle") Cycle cycle, @Param("day") LocalDate day, @Param("district") String district,
			@Param("q") String q);

	/** A page of a district's institutions, most at risk first. */
	List<Area> institutions(@Param("cycle") Cycle cycle, @Param("day") LocalDate day, @Param("district") String district,
			@Param("q") String q, @Param("limit") int limit, @Param("offset") long offset);

	List<Area> districts(@Param("cycle") Cycle cycle, @Param("day") LocalDate day, @Param("district") String district);

	/** At-risk totals per day from {@code from} on, per district (orgs null) or per institution. */
	List<AreaDay> history(@Param("cycle") Cycle cycle, @Param("from") LocalDate from, @Param("district") String district,
			@Param("orgs") List<String> orgs);

	/** Reminders and digests in the outbox, newest first, of a district (null: all), older than {@code before}. */
	List<SentMessage> sentReminders(@Param("district") String district, @Param("before") Long before,
			@Param("limit") int limit);

	record SentMessage(long id, MessagePurpose purpose, String phone, String accountRef, String text,
			MessageStatus status, java.time.LocalDateTime queuedAt, java.time.LocalDateTime sentAt,
			String errorMessage) {

		public String purposeLabel() {
			return this.purpose.label();
		}

		public String statusLabel() {
			return this.status.label();
		}

		public String maskedPhone() {
			return cn.dingkao.message.PhoneNumbers.mask(this.phone);
		}

		/** An institution's code as it is; a physician's certificate number masked. */
		public String maskedAccount() {
			return "DIGEST".equals(this.purpose) || this.accountRef == null ? String.valueOf(this.accountRef)
					: cn.dingkao.summary.CertMask.mask(this.accountRef);
		}

	}

	record StepCount(String step, long physicians, long atRisk, long overdue) {
	}

	/** A stored prediction with its typed codes (columns in this order: MyBatis maps them by position). */
	record PredictionRow(String certNo, String name, String mainOrgCode, String mainOrgName, boolean main,
			Outcome outcome, List<String> reasons, Step nextStep, Actor nextActor, String nextOrg, String nextOrgName,
			LocalDate deadline, boolean returned, ExamMode examMode, Integer triesLeft, String openSteps,
			LocalDate predictedOn) {
	}

	record AreaStep(String code, String step, long physicians, long atRisk, long overdue) {
	}

	record Area(String code, String name, String districtCode, long physicians, long atRisk, long overdue) {
	}

	record AreaDay(String code, LocalDate businessDate, long atRisk) {
	}

}
