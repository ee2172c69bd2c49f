package cn.dingkao.predict;

import org.springframework.boot.test.context.SpringBootTest;

@SpringBootTest(properties = { "dingkao.data-dir=./target/test-db/predict", "dingkao.predict.chunk-size=3" })
class PredictJobFunctionalTests extends PredictJobFunctionalTestsBase {

}
