package cn.dingkao.predict;

import cn.dingkao.testing.EnabledOnMySql;
import cn.dingkao.testing.FunctionalTest;

@EnabledOnMySql
@FunctionalTest
class MySqlPredictJobFunctionalTests extends PredictJobFunctionalTestsBase {

}
