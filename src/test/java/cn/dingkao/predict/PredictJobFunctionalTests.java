package cn.dingkao.predict;

import cn.dingkao.testing.FunctionalTest;

@FunctionalTest
class PredictJobFunctionalTests extends PredictJobFunctionalTestsBase {

}
