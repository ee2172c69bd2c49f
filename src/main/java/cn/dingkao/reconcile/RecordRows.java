package cn.dingkao.reconcile;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.LocalDateTime;

import cn.dingkao.ruling.ApplicationRecord;
import cn.dingkao.ruling.ApplicationStatus;
import cn.dingkao.ruling.CodeList;
import cn.dingkao.ruling.Codes;
import cn.dingkao.ruling.Cycle;
import cn.dingkao.ruling.EvaluationRecord;
import cn.dingkao.ruling.ExamMode;
import cn.dingkao.ruling.ExamRecord;
import cn.dingkao.ruling.Flag;
import cn.dingkao.ruling.HideRecord;
import cn.dingkao.ruling.PhysicianRecord;
import cn.dingkao.ruling.Rating;

import org.springframework.jdbc.core.RowMapper;

/**
 * The engine's records from the rows of {@link RangeReads}, by column position in the order of each record's
 * constructor. Converted as MyBatis' type handlers did: cycles by their codes, flags stored as Y/N, ';'-lists
 * through {@link CodeList}, enums by their names, a NULL number as null.
 */
final class RecordRows {

	private RecordRows() {
	}

	/** Columns: see {@link RangeReads}' physician columns. */
	static final RowMapper<PhysicianRecord> PHYSICIAN = (rs, row) -> new PhysicianRecord(rs.getLong(1),
			rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5), date(rs, 6), rs.getString(7),
			CodeList.split(rs.getString(8)), rs.getString(9), CodeList.split(rs.getString(10)), rs.getString(11),
			date(rs, 12), date(rs, 13), rs.getString(14), rs.getString(15), nullableLong(rs, 16));

	static RowMapper<ApplicationRecord> application(Cycle cycle) {
		ReadCycle read = new ReadCycle(cycle, cycle.code());
		return (rs, row) -> new ApplicationRecord(rs.getLong(1), rs.getString(2), read.of(rs, 3),
				rs.getString(4), named(ApplicationStatus.class, rs.getString(5)), moment(rs, 6), moment(rs, 7),
				Flag.isYes(rs.getString(8)), nullableInt(rs, 9), rs.getString(10), date(rs, 11), nullableInt(rs, 12),
				rs.getString(13), rs.getString(14), nullableLong(rs, 15));
	}

	static RowMapper<EvaluationRecord> evaluation(Cycle cycle) {
		ReadCycle read = new ReadCycle(cycle, cycle.code());
		return (rs, row) -> new EvaluationRecord(rs.getLong(1), rs.getString(2), rs.getString(3), read.of(rs, 4),
				named(Rating.class, rs.getString(5)), named(Rating.class, rs.getString(6)), moment(rs, 7),
				Flag.isYes(rs.getString(8)), rs.getString(9), nullableLong(rs, 10));
	}

	static RowMapper<ExamRecord> exam(Cycle cycle) {
		ReadCycle read = new ReadCycle(cycle, cycle.code());
		return (rs, row) -> new ExamRecord(rs.getLong(1), rs.getString(2), read.of(rs, 3), rs.getInt(4),
				named(ExamMode.class, rs.getString(5)), rs.getString(6), Flag.isYes(rs.getString(7)), moment(rs, 8),
				rs.getString(9), rs.getString(10), nullableLong(rs, 11));
	}

	static RowMapper<HideRecord> hide(Cycle cycle) {
		ReadCycle read = new ReadCycle(cycle, cycle.code());
		return (rs, row) -> new HideRecord(rs.getLong(1), rs.getString(2), rs.getString(3), read.of(rs, 4),
				rs.getString(5), moment(rs, 6), moment(rs, 7), rs.getString(8), nullableLong(rs, 9));
	}

	static final RowMapper<InputConflict> CONFLICT = (rs, row) -> new InputConflict(rs.getString(1), rs.getString(2),
			rs.getString(3));

	static final RowMapper<StoredResult> STORED_RESULT = (rs, row) -> new StoredResult(rs.getString(1),
			rs.getString(2), rs.getInt(3));

	/** The cycle the rows were read for: its code, the only one they carry, needs no parsing (a regex per row). */
	private record ReadCycle(Cycle cycle, String code) {

		Cycle of(ResultSet rs, int column) throws SQLException {
			String value = rs.getString(column);
			if (value == null) {
				return null;
			}
			return value.equals(this.code) ? this.cycle : Cycle.of(value);
		}

	}

	/** A stored code read back; a code no constant bears is a damaged table, not a value to rule on. */
	private static <E extends Enum<E>> E named(Class<E> type, String name) {
		return name == null ? null : Codes.byName(type, name).orElseThrow(() -> new IllegalStateException(
				"表中有未知的代码 (unknown stored code) " + name + " for " + type.getSimpleName()));
	}

	private static LocalDate date(ResultSet rs, int column) throws SQLException {
		return rs.getObject(column, LocalDate.class);
	}

	private static LocalDateTime moment(ResultSet rs, int column) throws SQLException {
		return rs.getObject(column, LocalDateTime.class);
	}

	private static Long nullableLong(ResultSet rs, int column) throws SQLException {
		long value = rs.getLong(column);
		return value == 0 && rs.wasNull() ? null : value;
	}

	private static Integer nullableInt(ResultSet rs, int column) throws SQLException {
		int value = rs.getInt(column);
		return value == 0 && rs.wasNull() ? null : value;
	}

}
