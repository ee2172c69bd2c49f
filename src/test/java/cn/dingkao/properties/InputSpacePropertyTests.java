package cn.dingkao.properties;

import org.springframework.boot.test.context.SpringBootTest;

/**
 * The input-space properties on the embedded database (H2, MySQL mode), in the import tests' context (reused, not
 * started again). Each case runs two to four nights, so a few dozen cases fit the suite's budget; more with
 * {@code -Ddingkao.properties.tries=N} (docs/testing.md).
 */
@SpringBootTest(properties = { "dingkao.data-dir=./target/test-db/ingest", "dingkao.import.merge-slice-rows=500" })
class InputSpacePropertyTests extends InputSpaceProperties {

	@Override
	int chainCases() {
		return 12;
	}

	@Override
	int independenceCases() {
		return 4;
	}

}
