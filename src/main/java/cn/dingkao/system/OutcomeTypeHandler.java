package cn.dingkao.system;

import java.sql.CallableStatement;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

import cn.dingkao.ruling.Outcome;

import org.apache.ibatis.type.BaseTypeHandler;
import org.apache.ibatis.type.JdbcType;

/** An {@link Outcome} travels as its code (0–4) in the {@code outcome_code} columns. */
class OutcomeTypeHandler extends BaseTypeHandler<Outcome> {

	@Override
	public void setNonNullParameter(PreparedStatement ps, int i, Outcome outcome, JdbcType jdbcType)
			throws SQLException {
		ps.setInt(i, outcome.code());
	}

	@Override
	public Outcome getNullableResult(ResultSet rs, String columnName) throws SQLException {
		int code = rs.getInt(columnName);
		return rs.wasNull() ? null : Outcome.ofStored(code);
	}

	@Override
	public Outcome getNullableResult(ResultSet rs, int columnIndex) throws SQLException {
		int code = rs.getInt(columnIndex);
		return rs.wasNull() ? null : Outcome.ofStored(code);
	}

	@Override
	public Outcome getNullableResult(CallableStatement cs, int columnIndex) throws SQLException {
		int code = cs.getInt(columnIndex);
		return cs.wasNull() ? null : Outcome.ofStored(code);
	}

}
