package cn.dingkao.properties;

import cn.dingkao.testing.FunctionalTest;

/**
 * The input-space properties on the embedded database (H2, MySQL mode), in the import tests' context (reused, not
 * started again). Each case runs two to four nights, so a few dozen cases fit the suite's budget; more with
 * {@code -Ddingkao.properties.tries=N} (docs/testing.md).
 */
@FunctionalTest
class InputSpacePropertyTests extends InputSpaceProperties {

	@Override
	int chainCases() {
		return 5;
	}

	@Override
	int independenceCases() {
		return 2;
	}

}
