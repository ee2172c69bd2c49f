package cn.dingkao.reconcile;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import cn.dingkao.ruling.Cycle;
import cn.dingkao.ruling.RulingEngine;
import cn.dingkao.system.Fingerprint;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.stereotype.Component;

/**
 * Which physicians a ruling run rules (issue 26). A ruling is a pure function of a physician's own rows, the
 * business date and a basis shared by everyone (specialty catalog, the cycle's timeline, institutions, the build
 * of the rules, the shift of the application's clock). So after a finished run P of the cycle on the same basis, only these physicians can get another
 * ruling, and a run rules only them (scope CHANGED):
 * <ul>
 * <li>those with a row (physician, application, evaluation, exam record, hide, import conflict; of any cycle) that
 * is new since P started (an id above the highest P saw) or written since (updated_at, created_at for conflicts;
 * a web write from {@link #SLACK} before P started): every writer, the import's merge and the web, stamps the rows
 * it writes with the application's clock;</li>
 * <li>those without a result (never ruled, or their result was removed);</li>
 * <li>those with a hide whose unhidden_at falls between P's business date and this one (a hide is active while
 * unhidden_at is later than the business date: the only way the date enters a ruling).</li>
 * </ul>
 * Everyone is ruled (scope FULL) on the cycle's first run, when the basis changed, for a re-assessment (its
 * population is itself a ruling of the base cycle) and when asked ({@code full}). A CHANGED run leaves every other
 * physician's result as it is, which is what a FULL run does to a physician whose ruling is unchanged: the
 * property tests compare the two (RulingScopePropertyTests).
 */
@Component
class RulingScope {

	/**
	 * How long before the previous run started a web write still counts as new: a web transaction that took its
	 * time stamp just before that run started may have committed after the run read its physician. The import
	 * (source FILE) never runs beside a ruling (the run lease), so its rows need no slack: the rows it merged right
	 * before the previous ruling are not ruled again the night after.
	 */
	static final Duration SLACK = Duration.ofSeconds(2);

	/** The input tables keyed by cert_no, with the column that stamps a write. */
	private static final List<String[]> INPUTS = List.of(new String[] { "physician", "updated_at" },
			new String[] { "application", "updated_at" }, new String[] { "evaluation", "updated_at" },
			new String[] { "exam_attempt", "updated_at" }, new String[] { "physician_hide", "updated_at" },
			new String[] { "input_conflict", "created_at" });

	enum Scope {

		/** Every physician of the cycle (of a re-assessment's population). */
		FULL,
		/** Only the physicians in rule_todo for the run. */
		CHANGED

	}

	/** The scope of a run, and how many rows changed since the previous run (-1 for a FULL run). */
	record Decision(Scope scope, long changedRows) {
	}

	private final JdbcTemplate jdbc;

	private final Clock clock;

	RulingScope(JdbcTemplate jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/**
	 * Decides the scope of run {@code runId} (just opened), records its basis and the ids it starts from, and for
	 * a CHANGED run lists its physicians in rule_todo. In rule.start's transaction: a restart finds it done.
	 */
	Decision begin(Cycle cycle, LocalDate businessDate, long runId, boolean full) {
		String basis = basis(cycle);
		List<Previous> previous = this.jdbc.query("""
				SELECT id, started_at, business_date, basis FROM ruling_run
				 WHERE cycle_year = ? AND finished_at IS NOT NULL AND id < ? ORDER BY id DESC LIMIT 1""",
				(rs, row) -> new Previous(rs.getLong(1), rs.getTimestamp(2).toLocalDateTime(),
						rs.getObject(3, LocalDate.class), rs.getString(4)),
				cycle.code(), runId);
		this.jdbc.update("DELETE FROM ruling_mark WHERE run_id = ?", runId);
		this.jdbc.update("DELETE FROM rule_todo WHERE run_id = ?", runId);
		for (String[] input : INPUTS) {
			this.jdbc.update("INSERT INTO ruling_mark (run_id, table_name, last_id) SELECT ?, ?, COALESCE(MAX(id), 0) FROM "
					+ input[0], runId, input[0]);
		}
		Map<String, Long> marks = previous.isEmpty() ? Map.of() : marks(previous.get(0).id());
		boolean changedOnly = !full && !cycle.reassessment() && !previous.isEmpty()
				&& basis.equals(previous.get(0).basis()) && marks.size() == INPUTS.size();
		Scope scope = changedOnly ? Scope.CHANGED : Scope.FULL;
		this.jdbc.update("UPDATE ruling_run SET basis = ?, scope = ? WHERE id = ?", basis, scope.name(), runId);
		if (!changedOnly) {
			return new Decision(Scope.FULL, -1);
		}
		Previous before = previous.get(0);
		Timestamp started = Timestamp.valueOf(before.startedAt());
		Timestamp slack = Timestamp.valueOf(before.startedAt().minus(SLACK));
		long changed = 0;
		for (String[] input : INPUTS) {
			String table = input[0];
			String stamp = "t." + input[1];
			// new rows, by the primary key's range
			changed += listChanged(runId, table, "t.id > ?", marks.get(table));
			// rows written since, by the stamp's index: from the slack on for web writes, from P's start for the
			// import's (input_conflict is the import's only)
			if ("input_conflict".equals(table)) {
				changed += listChanged(runId, table, stamp + " >= ?", started);
			}
			else {
				changed += listChanged(runId, table, stamp + " >= ? AND (t.source <> 'FILE' OR " + stamp + " >= ?)",
						slack, started);
			}
		}
		// a physician without a result (removed by hand) is ruled as well; results are written for physicians of
		// the roster only, who are never removed, so as many results as physicians means none is missing
		long results = this.jdbc.queryForObject("SELECT COUNT(*) FROM result WHERE cycle_year = ?", Long.class,
				cycle.code());
		long physicians = this.jdbc.queryForObject("SELECT COUNT(*) FROM physician", Long.class);
		changed += results >= physicians ? 0 : this.jdbc.update("""
				INSERT INTO rule_todo (run_id, cert_no) SELECT ?, p.cert_no FROM physician p
				 WHERE NOT EXISTS (SELECT 1 FROM result r WHERE r.cycle_year = ? AND r.cert_no = p.cert_no)
				   AND NOT EXISTS (SELECT 1 FROM rule_todo d WHERE d.run_id = ? AND d.cert_no = p.cert_no)""",
				runId, cycle.code(), runId);
		LocalDate from = before.businessDate().isBefore(businessDate) ? before.businessDate() : businessDate;
		LocalDate to = before.businessDate().isBefore(businessDate) ? businessDate : before.businessDate();
		if (!from.equals(to)) {
			// active on day d ⇔ unhidden_at's day > d: between the two dates it changes for a day in (from, to]
			this.jdbc.update("""
					INSERT INTO rule_todo (run_id, cert_no) SELECT DISTINCT ?, t.cert_no FROM physician_hide t
					 WHERE t.cycle_year = ? AND t.unhidden_at >= ? AND t.unhidden_at < ?
					   AND NOT EXISTS (SELECT 1 FROM rule_todo d WHERE d.run_id = ? AND d.cert_no = t.cert_no)""",
					runId, cycle.code(), Timestamp.valueOf(from.plusDays(1).atStartOfDay()),
					Timestamp.valueOf(to.plusDays(1).atStartOfDay()), runId);
		}
		return new Decision(Scope.CHANGED, changed);
	}

	/**
	 * Lists in rule_todo the cert_nos of the rows of {@code table} that {@code condition} selects. Rows of every
	 * cycle: a condition on the cycle would lead H2 to its (cycle_year, cert_no) index, a walk through the cycle,
	 * and a physician listed for another cycle's row is ruled to the same result again.
	 */
	private int listChanged(long runId, String table, String condition, Object... values) {
		List<Object> args = new ArrayList<>();
		args.add(runId);
		args.addAll(List.of(values));
		args.add(runId);
		// a physician several rows name is listed once
		return this.jdbc.update("INSERT INTO rule_todo (run_id, cert_no) SELECT DISTINCT ?, t.cert_no FROM " + table
				+ " t WHERE " + condition + " AND NOT EXISTS (SELECT 1 FROM rule_todo d WHERE d.run_id = ? AND d.cert_no = t.cert_no)",
				args.toArray());
	}

	private Map<String, Long> marks(long runId) {
		Map<String, Long> marks = new HashMap<>();
		this.jdbc.query("SELECT table_name, last_id FROM ruling_mark WHERE run_id = ?",
				(RowCallbackHandler) rs -> marks.put(rs.getString(1), rs.getLong(2)), runId);
		return marks;
	}

	/** The physicians of a CHANGED run after {@code range.after()} up to {@code range.through()}, first ones first. */
	List<String> todo(long runId, KeyRange range, int limit) {
		if (range.through() == null) {
			return this.jdbc.queryForList("""
					SELECT cert_no FROM rule_todo WHERE run_id = ? AND cert_no > ? ORDER BY cert_no LIMIT ?""",
					String.class, runId, range.after(), limit);
		}
		return this.jdbc.queryForList("""
				SELECT cert_no FROM rule_todo WHERE run_id = ? AND cert_no > ? AND cert_no <= ?
				 ORDER BY cert_no LIMIT ?""", String.class, runId, range.after(), range.through(), limit);
	}

	/**
	 * The fingerprint of what every ruling of the cycle depends on besides the physician's rows and the date: the
	 * specialty catalog, the cycle's timeline, the institutions (districts, for the results and the set-based
	 * warnings) and the build of the rules (a new build may rule differently).
	 */
	private String basis(Cycle cycle) {
		// the days the application's clock is moved (dingkao.clock.date): writes stamped by a clock moved back
		// would look older than the previous run
		long shift = Duration.between(Instant.now(), this.clock.instant()).plusHours(12).toDays();
		return new Fingerprint(this.jdbc)
			.rows("""
					SELECT board, practice_category, clinical_subject, practice_scope, exam_specialty, exam_mode
					  FROM specialty_catalog ORDER BY id""")
			.rows("SELECT phase, starts_on, ends_on FROM cycle_phase WHERE cycle_year = ? ORDER BY phase", cycle.code())
			.rows("SELECT org_code, org_name, district_code, exam_org FROM institution ORDER BY org_code")
			.build(RulingEngine.class)
			.add(Long.toString(shift))
			.hex();
	}

	private record Previous(long id, LocalDateTime startedAt, LocalDate businessDate, String basis) {
	}

}
