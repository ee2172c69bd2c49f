package cn.dingkao.testing;

import java.time.LocalDate;
import java.time.LocalDateTime;

import cn.dingkao.ruling.Cycle;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Realistic rows in institution, physician, application, result and ruling_exception, written with SQL, so
 * that the outputs (summary, feed) can be tested without the import and the ruling.
 */
public final class ResultFixtures {

	private final JdbcTemplate jdbc;

	private final Cycle cycle;

	public ResultFixtures(JdbcTemplate jdbc, Cycle cycle) {
		this.jdbc = jdbc;
		this.cycle = cycle;
	}

	/**
	 * Empties the tables the fixtures and the outputs write (the MySQL schema persists between runs), the ruling runs
	 * too: the latest one's business date decides whether results are final or predicted.
	 */
	public ResultFixtures clear() {
		for (String table : new String[] { "registry_answer", "registry_rejection", "registry_receipt",
				"feed_delivered_row", "feed_delivery", "feed_counter", "summary_output", "ruling_exception", "result", "rule_todo",
				"ruling_mark", "ruling_run", "application", "physician", "institution" }) {
			this.jdbc.update("DELETE FROM " + table);
		}
		return this;
	}

	public ResultFixtures institution(String orgCode, String orgName, String districtCode) {
		this.jdbc.update("INSERT INTO institution (org_code, org_name, district_code, updated_at) VALUES (?, ?, ?, ?)",
				orgCode, orgName, districtCode, LocalDateTime.now());
		return this;
	}

	public Physician physician(String certNo, String name, String mainOrgCode, String districtCode) {
		return new Physician(certNo, name, mainOrgCode, districtCode);
	}

	public ResultFixtures exception(String code, String severity, String certNo, String orgCode, String districtCode,
			String detail) {
		this.jdbc.update("INSERT INTO ruling_exception (cycle_year, code, severity, cert_no, org_code, district_code, "
				+ "detail, run_id) VALUES (?, ?, ?, ?, ?, ?, ?, 1)", this.cycle.code(), code, severity, certNo, orgCode,
				districtCode, detail);
		return this;
	}

	/** One physician of the roster with their ruling; defaults describe a 合格 physician with an approved application. */
	public final class Physician {

		private final String certNo;

		private final String name;

		private final String mainOrgCode;

		private final String districtCode;

		private String certType = "RESIDENT";

		private LocalDate birthDate;

		private int outcome = 1;

		private String ethics = "PASS";

		private String performance = "PASS";

		private String business = "PASS";

		private String reasons = "";

		private String applicationStatus = "APPROVED";

		private String specialty = "内科专业";

		private String simplified = "N";

		private String allSitesRated = "Y";

		private String examPassed = "Y";

		Physician(String certNo, String name, String mainOrgCode, String districtCode) {
			this.certNo = certNo;
			this.name = name;
			this.mainOrgCode = mainOrgCode;
			this.districtCode = districtCode;
		}

		/** The roster's birth date (none by default). */
		public Physician birthDate(LocalDate birthDate) {
			this.birthDate = birthDate;
			return this;
		}

		public Physician certType(String certType) {
			this.certType = certType;
			return this;
		}

		public Physician passed() {
			return this;
		}

		public Physician failed(String business, String reasons) {
			this.outcome = 2;
			this.business = business;
			this.examPassed = "N";
			this.reasons = reasons;
			return this;
		}

		/** Approved but never tested. */
		public Physician absent() {
			this.outcome = 3;
			this.business = "MISSING";
			this.examPassed = "N";
			this.reasons = "EXAM_MISSING";
			return this;
		}

		public Physician notRegistered() {
			return stepTwo(3, null, "NOT_REGISTERED");
		}

		public Physician notApproved() {
			return stepTwo(3, "SUBMITTED", "NOT_APPROVED");
		}

		public Physician deferred() {
			return stepTwo(4, null, "REGISTERED_DURING_CYCLE");
		}

		public Physician hidden() {
			stepTwo(0, this.applicationStatus, "");
			return this;
		}

		public Physician specialty(String specialty) {
			this.specialty = specialty;
			return this;
		}

		public Physician simplified() {
			this.simplified = "Y";
			return this;
		}

		private Physician stepTwo(int outcome, String status, String reasons) {
			this.outcome = outcome;
			this.applicationStatus = status;
			if (status == null) {
				this.specialty = null;
			}
			this.ethics = "MISSING";
			this.performance = "MISSING";
			this.business = "MISSING";
			this.allSitesRated = "N";
			this.examPassed = "N";
			this.reasons = reasons;
			return this;
		}

		public ResultFixtures insert() {
			LocalDateTime now = LocalDateTime.now();
			jdbc.update("INSERT INTO physician (cert_no, cert_type, name, main_org_code, birth_date, updated_at) "
					+ "VALUES (?, ?, ?, ?, ?, ?)", this.certNo, this.certType, this.name, this.mainOrgCode, this.birthDate,
					now);
			if (this.applicationStatus != null) {
				jdbc.update("INSERT INTO application (cert_no, cycle_year, specialty, status, submitted_at, simplified, "
						+ "updated_at) VALUES (?, ?, ?, ?, ?, ?, ?)", this.certNo, cycle.code(), this.specialty,
						this.applicationStatus, now, this.simplified, now);
			}
			jdbc.update("INSERT INTO result (cycle_year, cert_no, cert_type, name, main_org_code, district_code, "
					+ "outcome_code, ethics, performance, business, reasons, application_status, specialty, simplified, "
					+ "all_sites_rated, exam_passed, content_hash, version, run_id, decided_on, updated_at) "
					+ "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1, 1, ?, ?)", cycle.code(), this.certNo,
					this.certType, this.name, this.mainOrgCode, this.districtCode, this.outcome, this.ethics,
					this.performance, this.business, this.reasons, this.applicationStatus, this.specialty,
					this.applicationStatus == null ? "N" : this.simplified, this.allSitesRated, this.examPassed,
					"0".repeat(64), LocalDate.of(cycle.year(), 8, 1), now);
			return ResultFixtures.this;
		}

	}

}
