package cn.dingkao.summary;

import cn.dingkao.testing.FunctionalTest;

@FunctionalTest
class SummaryJobFunctionalTests extends SummaryScenarios {

}
