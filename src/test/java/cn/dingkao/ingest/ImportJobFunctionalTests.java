package cn.dingkao.ingest;

import org.springframework.boot.test.context.SpringBootTest;

/** The import job on the embedded database (H2, MySQL mode). */
@SpringBootTest(properties = "dingkao.data-dir=./target/test-db/ingest")
class ImportJobFunctionalTests extends ImportJobScenarios {

}
