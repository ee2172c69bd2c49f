package cn.dingkao.ingest;

import cn.dingkao.testing.EnabledOnMySql;

import org.springframework.boot.test.context.SpringBootTest;

/** The import job on MySQL/MariaDB: the same scenarios, the same SQL. */
@EnabledOnMySql
@SpringBootTest(properties = "dingkao.import.merge-slice-rows=" + ImportJobScenarios.SLICE_ROWS)
class MySqlImportJobFunctionalTests extends ImportJobScenarios {

}
