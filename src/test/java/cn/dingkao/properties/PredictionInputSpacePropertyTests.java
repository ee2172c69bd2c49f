package cn.dingkao.properties;

import cn.dingkao.testing.FunctionalTest;

/** Issue 23's property on the embedded database, in the jobs' functional-test context. */
@FunctionalTest
class PredictionInputSpacePropertyTests extends PredictionInputSpaceProperties {

	@Override
	int cases() {
		return 30;
	}

}
