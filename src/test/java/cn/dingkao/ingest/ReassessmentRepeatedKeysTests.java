package cn.dingkao.ingest;

import org.springframework.boot.test.context.SpringBootTest;

/** The repeated-key rules on a 2026R inbox on the embedded database (H2, MySQL mode); the context of the import tests. */
@SpringBootTest(properties = { "dingkao.data-dir=./target/test-db/ingest",
		"dingkao.import.merge-slice-rows=" + ImportJobScenarios.SLICE_ROWS })
class ReassessmentRepeatedKeysTests extends ReassessmentRepeatedKeysScenarios {

}
