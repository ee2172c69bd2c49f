package cn.dingkao.ingest;

import cn.dingkao.testing.FunctionalTest;

/** The repeated-key rules on a 2026R inbox on the embedded database (H2, MySQL mode); the context of the import tests. */
@FunctionalTest
class ReassessmentRepeatedKeysTests extends ReassessmentRepeatedKeysScenarios {

}
