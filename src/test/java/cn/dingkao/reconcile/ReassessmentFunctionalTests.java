package cn.dingkao.reconcile;

import cn.dingkao.testing.FunctionalTest;

@FunctionalTest
class ReassessmentFunctionalTests extends ReassessmentFunctionalTestsBase {

}
