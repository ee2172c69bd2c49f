package cn.dingkao.ingest.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;

import cn.dingkao.ingest.ImportKind;
import cn.dingkao.ruling.Cycle;
import cn.dingkao.ruling.Flag;
import cn.dingkao.ruling.Rating;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Folds the lines of one staged evaluations file that share a key into one line (by {@link EvaluationFold})
 * and records EVALUATION_CONFLICT where their ratings differ. Only keys that repeat are read (there are
 * few); the surviving line is updated in staging and the others are deleted, so that the set-based merge
 * then sees one line per key.
 */
@Component
public class EvaluationDuplicates {

	/** A staged line by its primary key: the file, the evaluation's key, the line (V31__staging_by_key). */
	private static final String BY_PRIMARY_KEY = "file_id = ? and cert_no = ? and org_code = ? and cycle_year = ?"
			+ " and line_no = ?";

	private final JdbcTemplate jdbc;

	private final ImportMergeMapper mapper;

	EvaluationDuplicates(JdbcTemplate jdbc, ImportMergeMapper mapper) {
		this.jdbc = jdbc;
		this.mapper = mapper;
	}

	public void fold(long fileId, LocalDateTime now) {
		List<Group> groups = new ArrayList<>();
		this.jdbc.query("select s.cert_no, s.org_code, s.cycle_year, s.line_no, s.ethics, s.performance,"
				+ " s.evaluated_at, s.confirmed from stage_evaluation s where s.file_id = ? and exists (select 1"
				+ " from stage_evaluation o where o.file_id = s.file_id and o.cert_no = s.cert_no"
				+ " and o.org_code = s.org_code and o.cycle_year = s.cycle_year and o.line_no <> s.line_no)"
				+ " order by s.cert_no, s.org_code, s.cycle_year, s.line_no", rs -> {
					long line = rs.getLong(4);
					Key key = new Key(rs.getString(1), rs.getString(2), value(rs, 3, "cycle_year", line, Cycle::of));
					EvaluationFold row = new EvaluationFold(line, value(rs, 5, "ethics", line, EvaluationDuplicates::rating),
							value(rs, 6, "performance", line, EvaluationDuplicates::rating), rs.getObject(7, LocalDateTime.class),
							Flag.isYes(rs.getString(8)));
					Group current = groups.isEmpty() ? null : groups.get(groups.size() - 1);
					if (current == null || !current.key.equals(key)) {
						groups.add(new Group(key, row));
					}
					else {
						current.add(row);
					}
				}, fileId);
		List<Object[]> survivors = new ArrayList<>();
		List<Object[]> losers = new ArrayList<>();
		for (Group group : groups) {
			EvaluationFold kept = group.kept;
			Key key = group.key;
			survivors.add(new Object[] { kept.ethics().name(), kept.performance().name(), kept.evaluatedAt(),
					Flag.of(kept.confirmed()).name(), fileId, key.certNo, key.orgCode, key.cycle.code(),
					kept.lineNo() });
			for (long line : group.lines) {
				if (line != kept.lineNo()) {
					losers.add(new Object[] { fileId, key.certNo, key.orgCode, key.cycle.code(), line });
				}
			}
			if (group.conflict) {
				this.mapper.recordConflict("EVALUATION_CONFLICT", key.certNo, key.orgCode, key.cycle,
						"同一机构对同一医师的评价结果不一致 (conflicting ratings)", fileId, now);
			}
		}
		this.jdbc.batchUpdate("update stage_evaluation set ethics = ?, performance = ?, evaluated_at = ?,"
				+ " confirmed = ? where " + BY_PRIMARY_KEY, survivors);
		this.jdbc.batchUpdate("delete from stage_evaluation where " + BY_PRIMARY_KEY, losers);
	}

	/**
	 * A staged line of the slice whose key is stored already with the same evaluated_at and other ratings: the
	 * stored row was imported first, so the rule of {@link EvaluationFold} (each rating the worse, confirmed only
	 * if both are) decides what the staged line becomes before the set-based merge writes it. This keeps the tie
	 * rule in one place, the fold, rather than once more in SQL.
	 */
	public void foldTiesWithStored(long fileId, String after, String upTo) {
		List<Object[]> folded = new ArrayList<>();
		StringBuilder sql = new StringBuilder("select s.line_no, t.ethics, t.performance, t.evaluated_at, t.confirmed,"
				+ " s.ethics, s.performance, s.evaluated_at, s.confirmed, s.cert_no, s.org_code, s.cycle_year"
				+ " from stage_evaluation s join evaluation t"
				+ " on t.cert_no = s.cert_no and t.org_code = s.org_code and t.cycle_year = s.cycle_year"
				+ " where s.file_id = ? and t.evaluated_at = s.evaluated_at"
				+ " and (t.ethics <> s.ethics or t.performance <> s.performance)");
		List<Object> arguments = new ArrayList<>(List.of(fileId));
		if (after != null) {
			sql.append(" and s.cert_no > ?");
			arguments.add(after);
		}
		if (upTo != null) {
			sql.append(" and s.cert_no <= ?");
			arguments.add(upTo);
		}
		this.jdbc.query(sql.toString(), rs -> {
			long line = rs.getLong(1);
			EvaluationFold stored = new EvaluationFold(0, Rating.valueOf(rs.getString(2)), Rating.valueOf(rs.getString(3)),
					rs.getObject(4, LocalDateTime.class), Flag.isYes(rs.getString(5)));
			EvaluationFold staged = new EvaluationFold(line, value(rs, 6, "ethics", line, EvaluationDuplicates::rating),
					value(rs, 7, "performance", line, EvaluationDuplicates::rating), rs.getObject(8, LocalDateTime.class),
					Flag.isYes(rs.getString(9)));
			EvaluationFold kept = stored.then(staged);
			Cycle cycle = value(rs, 12, "cycle_year", line, Cycle::of);
			folded.add(new Object[] { kept.ethics().name(), kept.performance().name(), Flag.of(kept.confirmed()).name(),
					fileId, rs.getString(10), rs.getString(11), cycle.code(), line });
		}, arguments.toArray());
		this.jdbc.batchUpdate("update stage_evaluation set ethics = ?, performance = ?, confirmed = ? where "
				+ BY_PRIMARY_KEY, folded);
	}

	/** A staged value read back, or the line and value named when the code cannot take it. */
	/** A stored rating read back; anything else is no rating (and the value's line is named). */
	private static Rating rating(String code) {
		return Rating.fromCode(code).orElseThrow(() -> new IllegalArgumentException("not PASS or FAIL: " + code));
	}

	private static <T> T value(ResultSet rs, int column, String name, long line, Function<String, T> parse)
			throws SQLException {
		String text = rs.getString(column);
		try {
			return parse.apply(text);
		}
		catch (RuntimeException ex) {
			throw UnprocessableInputException.atValue(ImportKind.EVALUATIONS, line, name, text, ex);
		}
	}

	/** A cycle travels as a {@link Cycle}, bound as its code ('2026', '2026R'): never as a number. */
	private record Key(String certNo, String orgCode, Cycle cycle) {
	}

	private static final class Group {

		final Key key;

		final List<Long> lines = new ArrayList<>();

		final EvaluationFold first;

		EvaluationFold kept;

		boolean conflict;

		Group(Key key, EvaluationFold row) {
			this.key = key;
			this.first = row;
			this.kept = row;
			this.lines.add(row.lineNo());
		}

		void add(EvaluationFold row) {
			this.conflict |= row.differentRatings(this.first) || row.differentRatings(this.kept);
			this.kept = this.kept.then(row);
			this.lines.add(row.lineNo());
			Objects.requireNonNull(this.kept);
		}

	}

}
