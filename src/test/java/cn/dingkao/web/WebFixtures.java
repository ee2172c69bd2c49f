package cn.dingkao.web;

import java.time.LocalDate;
import java.time.LocalDateTime;

import cn.dingkao.ruling.Cycle;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Two institutions in 大兴 (ORG_A, ORG_B), one in 朝阳 (ORG_C) which is an exam org; physician 110115199001011234
 * (内科专业) works at A (main) and B, 110115198807073456 (外科专业) at A only, 110105198502025678 (外科专业) at C.
 * Every test starts from these rows.
 */
public final class WebFixtures {

	public static final String P1 = "110115199001011234";

	public static final String P2 = "110105198502025678";

	public static final String P3 = "110115198807073456";

	private WebFixtures() {
	}

	public static void reset(JdbcTemplate jdbc) {
		for (String table : new String[] { "physician_site", "physician", "application", "evaluation", "exam_attempt",
				"physician_hide", "result", "audit_event", "institution_confirmation", "institution_member",
				"assessment_application", "exam_delegation", "physician_confirmation", "institution", "ruling_exception",
				"input_conflict", "import_reject", "import_file", "progress_count", "progress_refresh", "outbox_message",
				"verification_code", "code_throttle", "prediction", "prediction_count", "prediction_run", "ruling_run" }) {
			jdbc.update("DELETE FROM " + table);
		}
		jdbc.update("DELETE FROM account WHERE role IN ('PHYSICIAN', 'INSTITUTION')");
		jdbc.update("UPDATE account SET password_hash = NULL, initial_password = 'Y', must_change_password = 'Y', "
				+ "failed_attempts = 0, locked_until = NULL, credentials_version = 0, mobile = NULL, mobile_bound_at = NULL, "
				+ "change_without_code = 'N'");
		String now = "CURRENT_TIMESTAMP";
		jdbc.update("INSERT INTO institution (org_code, org_name, district_code, exam_org, updated_at) VALUES "
				+ "('ORG_A000001', '大兴区人民医院', '110115', 'N', " + now + "), "
				+ "('ORG_B000002', '大兴区中医医院', '110115', 'N', " + now + "), "
				+ "('ORG_C000003', '朝阳医院', '110105', 'Y', " + now + ")");
		jdbc.update("INSERT INTO physician (cert_no, cert_type, name, gender, birth_date, practice_category, practice_scopes, "
				+ "main_org_code, other_org_codes, registered_on, district_code, updated_at) VALUES "
				+ "(?, 'RESIDENT', '张医生', '男', ?, '临床', '内科专业', 'ORG_A000001', 'ORG_B000002', ?, '110115', " + now + "), "
				+ "(?, 'RESIDENT', '王医生', '男', ?, '临床', '外科专业', 'ORG_A000001', NULL, ?, '110115', " + now + "), "
				+ "(?, 'RESIDENT', '李医生', '女', ?, '临床', '外科专业', 'ORG_C000003', NULL, ?, '110105', " + now + ")",
				P1, LocalDate.of(1990, 1, 1), LocalDate.of(2020, 1, 1), P3, LocalDate.of(1988, 7, 7),
				LocalDate.of(2018, 1, 1), P2, LocalDate.of(1985, 2, 2), LocalDate.of(2019, 1, 1));
		jdbc.update("INSERT INTO physician_site (cert_no, org_code, is_main) VALUES (?, 'ORG_A000001', 'Y'), "
				+ "(?, 'ORG_B000002', 'N'), (?, 'ORG_A000001', 'Y'), (?, 'ORG_C000003', 'Y')", P1, P1, P3, P2);
	}

	/** A stored ruling of a physician, as the ruling job writes it (spec "Results"). */
	public static void result(JdbcTemplate jdbc, Cycle cycle, String certNo, int outcome, String ethics, String performance,
			String business, String reasons) {
		jdbc.update("DELETE FROM result WHERE cycle_year = ? AND cert_no = ?", cycle.code(), certNo);
		jdbc.update("INSERT INTO result (cycle_year, cert_no, cert_type, name, main_org_code, district_code, outcome_code, "
				+ "ethics, performance, business, reasons, warnings, application_status, specialty, simplified, "
				+ "all_sites_rated, exam_passed, lineage, content_hash, version, run_id, decided_on, updated_at) "
				+ "SELECT ?, p.cert_no, p.cert_type, p.name, p.main_org_code, p.district_code, ?, ?, ?, ?, ?, '', "
				+ "'APPROVED', '内科专业', 'N', 'N', 'N', '', ?, 1, 1, ?, ? FROM physician p WHERE p.cert_no = ?", cycle.code(),
				outcome, ethics, performance, business, reasons, "0".repeat(64), LocalDate.of(cycle.year(), 8, 11),
				LocalDateTime.now(), certNo);
	}

}
