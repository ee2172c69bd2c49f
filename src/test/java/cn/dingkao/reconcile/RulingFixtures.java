package cn.dingkao.reconcile;

import java.time.LocalDate;
import java.time.LocalDateTime;

import org.springframework.jdbc.core.JdbcTemplate;

/** Writes input rows the way the import or the web would, for the ruling job's tests. */
public class RulingFixtures {

	static final LocalDateTime NOW = LocalDateTime.of(2026, 4, 1, 0, 0);

	private final JdbcTemplate jdbc;

	public RulingFixtures(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	public RulingFixtures institution(String orgCode, String name, String district) {
		this.jdbc.update("INSERT INTO institution (org_code, org_name, district_code, exam_org, updated_at) VALUES (?, ?, ?, 'N', ?)",
				orgCode, name, district, NOW);
		return this;
	}

	public RulingFixtures physician(String certNo, String name, String mainOrg, LocalDate registeredOn, String... otherOrgs) {
		this.jdbc.update("""
				INSERT INTO physician (cert_no, cert_type, name, gender, birth_date, practice_category, practice_scopes,
				  main_org_code, other_org_codes, title, registered_on, updated_at)
				VALUES (?, 'OTHER', ?, '女', DATE '1980-01-01', '临床', '内科专业', ?, ?, '主治医师', ?, ?)""", certNo, name,
				mainOrg, String.join(";", otherOrgs), registeredOn, NOW);
		this.jdbc.update("INSERT INTO physician_site (cert_no, org_code, is_main) VALUES (?, ?, 'Y')", certNo, mainOrg);
		for (String other : otherOrgs) {
			this.jdbc.update("INSERT INTO physician_site (cert_no, org_code, is_main) VALUES (?, ?, 'N')", certNo, other);
		}
		return this;
	}

	public RulingFixtures application(String certNo, String status) {
		this.jdbc.update("""
				INSERT INTO application (cert_no, cycle_year, specialty, status, submitted_at, approved_at, simplified, updated_at)
				VALUES (?, 2026, '内科专业', ?, ?, ?, 'N', ?)""", certNo, status, LocalDateTime.of(2026, 4, 10, 9, 0),
				"APPROVED".equals(status) ? LocalDateTime.of(2026, 5, 5, 9, 0) : null, NOW);
		return this;
	}

	public RulingFixtures evaluation(String certNo, String orgCode, String ethics, String performance) {
		this.jdbc.update("""
				INSERT INTO evaluation (cert_no, org_code, cycle_year, ethics, performance, evaluated_at, confirmed, updated_at)
				VALUES (?, ?, 2026, ?, ?, ?, 'Y', ?)""", certNo, orgCode, ethics, performance,
				LocalDateTime.of(2026, 6, 1, 10, 0), NOW);
		return this;
	}

	public RulingFixtures exam(String certNo, int attempt, boolean passed) {
		this.jdbc.update("""
				INSERT INTO exam_attempt (cert_no, cycle_year, attempt_no, exam_mode, specialty, passed, taken_at, updated_at)
				VALUES (?, 2026, ?, 'ONLINE', '内科专业', ?, ?, ?)""", certNo, attempt, passed ? "Y" : "N",
				LocalDateTime.of(2026, 7, 1 + attempt, 10, 0), NOW);
		return this;
	}

	public RulingFixtures hide(String certNo, String orgCode) {
		this.jdbc.update("""
				INSERT INTO physician_hide (cert_no, org_code, cycle_year, reason, hidden_at, updated_at)
				VALUES (?, ?, 2026, '长期病假', ?, ?)""", certNo, orgCode, LocalDateTime.of(2026, 4, 20, 9, 0), NOW);
		return this;
	}

	/** A physician who does everything right at one site. */
	public RulingFixtures passing(String certNo, String mainOrg) {
		return physician(certNo, "医师" + certNo.substring(certNo.length() - 3), mainOrg, LocalDate.of(2015, 3, 1))
			.application(certNo, "APPROVED")
			.evaluation(certNo, mainOrg, "PASS", "PASS")
			.exam(certNo, 1, true);
	}

}
