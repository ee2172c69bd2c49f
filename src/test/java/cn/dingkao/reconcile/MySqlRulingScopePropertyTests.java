package cn.dingkao.reconcile;

import cn.dingkao.testing.EnabledOnMySql;
import cn.dingkao.testing.FunctionalTest;

/** The ruling-scope property on MySQL/MariaDB: fewer cases, the same property and SQL. */
@EnabledOnMySql
@FunctionalTest
class MySqlRulingScopePropertyTests extends RulingScopeProperties {

	@Override
	int cases() {
		return 2;
	}

}
