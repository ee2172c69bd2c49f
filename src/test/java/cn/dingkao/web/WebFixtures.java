package cn.dingkao.web;

import java.time.LocalDate;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Two institutions in 大兴 (ORG_A, ORG_B), one in 朝阳 (ORG_C) which is an exam org; physician 110115199001011234
 * works at A (main) and B, 110105198502025678 at C. Every test starts from these rows.
 */
public final class WebFixtures {

	public static final String P1 = "110115199001011234";

	public static final String P2 = "110105198502025678";

	private WebFixtures() {
	}

	public static void reset(JdbcTemplate jdbc) {
		for (String table : new String[] { "physician_site", "physician", "application", "evaluation", "exam_attempt",
				"physician_hide", "result", "audit_event", "institution_confirmation", "institution_member",
				"assessment_application", "exam_delegation", "physician_confirmation", "institution", "ruling_exception", "input_conflict", "import_reject", "import_file" }) {
			jdbc.update("DELETE FROM " + table);
		}
		jdbc.update("DELETE FROM account WHERE role IN ('PHYSICIAN', 'INSTITUTION')");
		jdbc.update("UPDATE account SET password_hash = NULL, initial_password = 'Y', must_change_password = 'Y', "
				+ "failed_attempts = 0, locked_until = NULL");
		String now = "CURRENT_TIMESTAMP";
		jdbc.update("INSERT INTO institution (org_code, org_name, district_code, exam_org, updated_at) VALUES "
				+ "('ORG_A000001', '大兴区人民医院', '110115', 'N', " + now + "), "
				+ "('ORG_B000002', '大兴区中医医院', '110115', 'N', " + now + "), "
				+ "('ORG_C000003', '朝阳医院', '110105', 'Y', " + now + ")");
		jdbc.update("INSERT INTO physician (cert_no, cert_type, name, gender, birth_date, practice_category, practice_scopes, "
				+ "main_org_code, other_org_codes, registered_on, updated_at) VALUES "
				+ "(?, 'RESIDENT', '张医生', '男', ?, '临床', '内科专业', 'ORG_A000001', 'ORG_B000002', ?, " + now + "), "
				+ "(?, 'RESIDENT', '李医生', '女', ?, '临床', '外科专业', 'ORG_C000003', NULL, ?, " + now + ")",
				P1, LocalDate.of(1990, 1, 1), LocalDate.of(2020, 1, 1), P2, LocalDate.of(1985, 2, 2), LocalDate.of(2019, 1, 1));
		jdbc.update("INSERT INTO physician_site (cert_no, org_code, is_main) VALUES (?, 'ORG_A000001', 'Y'), "
				+ "(?, 'ORG_B000002', 'N'), (?, 'ORG_C000003', 'Y')", P1, P1, P2);
	}

}
