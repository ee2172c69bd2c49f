package cn.dingkao.ingest;

import cn.dingkao.testing.EnabledOnMySql;
import cn.dingkao.testing.FunctionalTest;

/** The import job on MySQL/MariaDB: the same scenarios, the same SQL. */
@EnabledOnMySql
@FunctionalTest
class MySqlImportJobFunctionalTests extends ImportJobScenarios {

}
