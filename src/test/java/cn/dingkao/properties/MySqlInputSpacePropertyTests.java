package cn.dingkao.properties;

import cn.dingkao.testing.EnabledOnMySql;
import cn.dingkao.testing.FunctionalTest;

/** The input-space properties on MySQL/MariaDB: fewer cases, the same properties and SQL. */
@EnabledOnMySql
@FunctionalTest
class MySqlInputSpacePropertyTests extends InputSpaceProperties {

	@Override
	int chainCases() {
		return 10;
	}

	@Override
	int independenceCases() {
		return 4;
	}

}
