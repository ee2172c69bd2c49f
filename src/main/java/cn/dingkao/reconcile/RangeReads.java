package cn.dingkao.reconcile;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import javax.sql.DataSource;

import cn.dingkao.ruling.ApplicationRecord;
import cn.dingkao.ruling.Cycle;
import cn.dingkao.ruling.EvaluationRecord;
import cn.dingkao.ruling.ExamRecord;
import cn.dingkao.ruling.HideRecord;
import cn.dingkao.ruling.PhysicianRecord;

import org.apache.ibatis.mapping.DatabaseIdProvider;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Component;

/**
 * The ruling's hot reads, a page of physicians and the rows of the same cert_no range of every input table, in
 * plain JDBC with bound parameters and {@link RecordRows} mapping by column position: MyBatis' constructor maps
 * (type handler lookups and reflection per column) and its dynamic SQL took two fifths of a rule thread at 150,000
 * physicians. The rest of the ruling's SQL stays in ReconcileMapper.xml.
 * <p>
 * On MySQL every range read names its (cycle_year, cert_no) index: right after an import the statistics are stale
 * and MariaDB chose a ref on cycle_year alone, walking the whole cycle for every page.
 */
@Component
class RangeReads {

	// in the order of PhysicianRecord's constructor (RecordRows.PHYSICIAN); source_file/source_line name the file
	// line a row came from (both NULL for a row entered on the web)
	private static final String PHYSICIAN = """
			SELECT p.id, p.cert_type, p.cert_no, p.name, p.gender, p.birth_date, p.practice_category, p.practice_scopes,
			       p.main_org_code, p.other_org_codes, p.title, p.title_date, p.registered_on, p.district_code,
			       f.file_name, p.line_no
			  FROM physician p %s LEFT JOIN import_file f ON f.id = p.file_id
			 WHERE %s""";

	private static final String APPLICATIONS = """
			SELECT t.id, t.cert_no, t.cycle_year, t.specialty, t.status, t.submitted_at, t.approved_at, t.simplified,
			       t.simplified_category, t.evidence_ref, t.evidence_date, t.aid_months, t.exam_org_code,
			       f.file_name, t.line_no
			  FROM application t %s LEFT JOIN import_file f ON f.id = t.file_id
			 WHERE t.cycle_year = ? AND %s""";

	private static final String EVALUATIONS = """
			SELECT t.id, t.cert_no, t.org_code, t.cycle_year, t.ethics, t.performance, t.evaluated_at, t.confirmed,
			       f.file_name, t.line_no
			  FROM evaluation t %s LEFT JOIN import_file f ON f.id = t.file_id
			 WHERE t.cycle_year = ? AND %s
			 ORDER BY t.cert_no, t.org_code""";

	private static final String EXAMS = """
			SELECT t.id, t.cert_no, t.cycle_year, t.attempt_no, t.exam_mode, t.specialty, t.passed, t.taken_at,
			       t.exam_org_code, f.file_name, t.line_no
			  FROM exam_attempt t %s LEFT JOIN import_file f ON f.id = t.file_id
			 WHERE t.cycle_year = ? AND %s
			 ORDER BY t.cert_no, t.taken_at, t.exam_mode, t.attempt_no""";

	private static final String HIDES = """
			SELECT t.id, t.cert_no, t.org_code, t.cycle_year, t.reason, t.hidden_at, t.unhidden_at, f.file_name,
			       t.line_no
			  FROM physician_hide t %s LEFT JOIN import_file f ON f.id = t.file_id
			 WHERE t.cycle_year = ? AND %s
			 ORDER BY t.cert_no, t.org_code""";

	private static final String CONFLICTS = """
			SELECT t.code, t.cert_no, t.org_code
			  FROM input_conflict t %s
			 WHERE t.cycle_year = ? AND %s""";

	private final JdbcTemplate jdbc;

	private final boolean mysql;

	RangeReads(JdbcTemplate jdbc, DataSource dataSource, DatabaseIdProvider databases) throws SQLException {
		this.jdbc = jdbc;
		this.mysql = "mysql".equals(databases.getDatabaseId(dataSource));
	}

	/** The first physicians of a range in cert_no order (of a re-assessment's population only). */
	List<PhysicianRecord> physicianPage(KeyRange range, int limit, Population population) {
		List<Object> args = new ArrayList<>();
		StringBuilder where = new StringBuilder(range("p.cert_no", range, args));
		if (population != null) {
			// a re-assessment rules only its population: the base cycle's FAIL and DEFERRED (Population)
			where.append(" AND EXISTS (SELECT 1 FROM result b WHERE b.cycle_year = ? AND b.cert_no = p.cert_no")
				.append(" AND b.outcome_code IN (")
				.append(String.join(", ", Collections.nCopies(population.outcomeCodes().size(), "?")))
				.append("))");
			args.add(population.base().code());
			args.addAll(population.outcomeCodes());
		}
		where.append(" ORDER BY p.cert_no LIMIT ?");
		args.add(limit);
		return this.jdbc.query(PHYSICIAN.formatted(index("uk_physician"), where), RecordRows.PHYSICIAN,
				args.toArray());
	}

	List<PhysicianRecord> physician(String certNo) {
		return physicianPage(KeyRange.only(certNo), 1, null);
	}

	List<ApplicationRecord> applications(Cycle cycle, KeyRange range) {
		return rangeRead(APPLICATIONS, "ix_application_cycle", cycle, range, RecordRows.application(cycle));
	}

	List<EvaluationRecord> evaluations(Cycle cycle, KeyRange range) {
		return rangeRead(EVALUATIONS, "ix_evaluation_cycle", cycle, range, RecordRows.evaluation(cycle));
	}

	List<ExamRecord> exams(Cycle cycle, KeyRange range) {
		return rangeRead(EXAMS, "ix_exam_attempt_cycle", cycle, range, RecordRows.exam(cycle));
	}

	List<HideRecord> hides(Cycle cycle, KeyRange range) {
		return rangeRead(HIDES, "ix_physician_hide_cycle", cycle, range, RecordRows.hide(cycle));
	}

	List<InputConflict> conflicts(Cycle cycle, KeyRange range) {
		return rangeRead(CONFLICTS, "ix_input_conflict_cycle", cycle, range, RecordRows.CONFLICT);
	}

	/**
	 * The stored results of the cert_nos from {@code first} to {@code last} (the writer's chunk, in cert_no order as
	 * read): one range of the key rather than an IN list of the chunk's 500 keys. Results of others in the range
	 * (none in a regular cycle) come back too and are not asked for.
	 */
	List<StoredResult> storedResults(Cycle cycle, String first, String last) {
		return this.jdbc.query("""
				SELECT t.cert_no, t.content_hash, t.version FROM result t
				 WHERE t.cycle_year = ? AND t.cert_no >= ? AND t.cert_no <= ?""", RecordRows.STORED_RESULT,
				cycle.code(), first, last);
	}

	private <T> List<T> rangeRead(String select, String index, Cycle cycle, KeyRange range, RowMapper<T> rows) {
		List<Object> args = new ArrayList<>(3);
		args.add(cycle.code());
		String sql = select.formatted(index(index), range("t.cert_no", range, args));
		return this.jdbc.query(sql, rows, args.toArray());
	}

	private String index(String name) {
		return this.mysql ? "FORCE INDEX (" + name + ")" : "";
	}

	/** {@code after < column <= through} or {@code column IN (keys)}, as {@link KeyRange} says; its values are added to {@code args}. */
	private static String range(String column, KeyRange range, List<Object> args) {
		if (range.keys() != null) {
			args.addAll(range.keys());
			return column + " IN (" + String.join(", ", Collections.nCopies(range.keys().size(), "?")) + ")";
		}
		if (range.after() == null) {
			args.add(range.through());
			return column + " = ?";
		}
		args.add(range.after());
		if (range.through() == null) {
			return column + " > ?";
		}
		args.add(range.through());
		return column + " > ? AND " + column + " <= ?";
	}

}
