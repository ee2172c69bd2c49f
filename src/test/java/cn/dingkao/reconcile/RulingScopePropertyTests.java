package cn.dingkao.reconcile;

import cn.dingkao.testing.FunctionalTest;

/** The ruling-scope property on the embedded database (H2, MySQL mode). */
@FunctionalTest
class RulingScopePropertyTests extends RulingScopeProperties {

	@Override
	int cases() {
		return 6;
	}

}
