package cn.dingkao.properties;

import cn.dingkao.testing.EnabledOnMySql;
import cn.dingkao.testing.FunctionalTest;

/** Issue 23's property on MySQL/MariaDB: fewer cases, the same property and SQL. */
@EnabledOnMySql
@FunctionalTest
class MySqlPredictionInputSpacePropertyTests extends PredictionInputSpaceProperties {

	@Override
	int cases() {
		return 6;
	}

}
