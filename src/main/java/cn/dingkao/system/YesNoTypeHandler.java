package cn.dingkao.system;

import java.sql.CallableStatement;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

import cn.dingkao.ruling.Flag;

import org.apache.ibatis.type.BaseTypeHandler;
import org.apache.ibatis.type.JdbcType;

/**
 * Flags are stored as CHAR(1) 'Y'/'N' (the inputs' Y/N); in Java they are booleans. Reading also accepts what a
 * database returns for a boolean expression ({@code EXISTS (…)}: TRUE on H2, 1 on MySQL), so a mapper may select
 * either.
 */
class YesNoTypeHandler extends BaseTypeHandler<Boolean> {

	@Override
	public void setNonNullParameter(PreparedStatement ps, int i, Boolean value, JdbcType jdbcType) throws SQLException {
		ps.setString(i, Flag.of(value).name());
	}

	@Override
	public Boolean getNullableResult(ResultSet rs, String columnName) throws SQLException {
		return toBoolean(rs.getString(columnName));
	}

	@Override
	public Boolean getNullableResult(ResultSet rs, int columnIndex) throws SQLException {
		return toBoolean(rs.getString(columnIndex));
	}

	@Override
	public Boolean getNullableResult(CallableStatement cs, int columnIndex) throws SQLException {
		return toBoolean(cs.getString(columnIndex));
	}

	private static Boolean toBoolean(String value) {
		if (value == null) {
			return null;
		}
		return Flag.isYes(value) || "1".equals(value) || "TRUE".equalsIgnoreCase(value);
	}

}
