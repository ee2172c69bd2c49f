package cn.dingkao.system;

import java.sql.CallableStatement;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

import cn.dingkao.ruling.Cycle;

import org.apache.ibatis.type.BaseTypeHandler;
import org.apache.ibatis.type.JdbcType;

/** A {@link Cycle} travels as its code ('2026', '2026R') in the {@code cycle_year} columns. */
class CycleTypeHandler extends BaseTypeHandler<Cycle> {

	@Override
	public void setNonNullParameter(PreparedStatement ps, int i, Cycle cycle, JdbcType jdbcType) throws SQLException {
		ps.setString(i, cycle.code());
	}

	@Override
	public Cycle getNullableResult(ResultSet rs, String columnName) throws SQLException {
		return toCycle(rs.getString(columnName));
	}

	@Override
	public Cycle getNullableResult(ResultSet rs, int columnIndex) throws SQLException {
		return toCycle(rs.getString(columnIndex));
	}

	@Override
	public Cycle getNullableResult(CallableStatement cs, int columnIndex) throws SQLException {
		return toCycle(cs.getString(columnIndex));
	}

	private static Cycle toCycle(String code) {
		return code == null ? null : Cycle.of(code);
	}

}
