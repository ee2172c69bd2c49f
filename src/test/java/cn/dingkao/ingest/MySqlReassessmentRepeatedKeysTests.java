package cn.dingkao.ingest;

import cn.dingkao.testing.EnabledOnMySql;
import cn.dingkao.testing.FunctionalTest;

/** The repeated-key rules on a 2026R inbox on MySQL/MariaDB: the same scenario, the same SQL. */
@EnabledOnMySql
@FunctionalTest
class MySqlReassessmentRepeatedKeysTests extends ReassessmentRepeatedKeysScenarios {

}
