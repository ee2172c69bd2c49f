package cn.dingkao.ingest;

import cn.dingkao.testing.EnabledOnMySql;

import org.springframework.boot.test.context.SpringBootTest;

/** The repeated-key rules on a 2026R inbox on MySQL/MariaDB: the same scenario, the same SQL. */
@EnabledOnMySql
@SpringBootTest(properties = "dingkao.import.merge-slice-rows=" + ImportJobScenarios.SLICE_ROWS)
class MySqlReassessmentRepeatedKeysTests extends ReassessmentRepeatedKeysScenarios {

}
