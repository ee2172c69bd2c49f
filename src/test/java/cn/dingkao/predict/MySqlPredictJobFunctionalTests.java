package cn.dingkao.predict;

import cn.dingkao.testing.EnabledOnMySql;

import org.springframework.boot.test.context.SpringBootTest;

@EnabledOnMySql
@SpringBootTest(properties = "dingkao.predict.chunk-size=3")
class MySqlPredictJobFunctionalTests extends PredictJobFunctionalTestsBase {

}
