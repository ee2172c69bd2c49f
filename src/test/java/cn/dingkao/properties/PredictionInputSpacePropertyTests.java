package cn.dingkao.properties;

import org.springframework.boot.test.context.SpringBootTest;

/** Issue 23's property on the embedded database, in the import tests' context. */
@SpringBootTest(properties = { "dingkao.data-dir=./target/test-db/ingest", "dingkao.import.merge-slice-rows=500" })
class PredictionInputSpacePropertyTests extends PredictionInputSpaceProperties {

	@Override
	int cases() {
		return 6;
	}

}
