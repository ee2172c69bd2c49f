package cn.dingkao.properties;

import cn.dingkao.testing.FunctionalTest;

/**
 * The input-space properties on the embedded database (H2, MySQL mode), in the import tests' context (reused, not
 * started again). Each case runs two to four nights of a few physicians (under a second on H2): 100 cases of every chain property
 * and 30 of independence cost one to two minutes of the suite; more with
 * {@code -Ddingkao.properties.tries=N} (docs/testing.md).
 */
@FunctionalTest
class InputSpacePropertyTests extends InputSpaceProperties {

	@Override
	int chainCases() {
		return 100;
	}

	@Override
	int independenceCases() {
		return 30;
	}

}
