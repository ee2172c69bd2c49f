package cn.dingkao.schedule;

import cn.dingkao.testing.FunctionalTest;

@FunctionalTest
class NightlyJobFunctionalTests extends NightlyJobFunctionalTestsBase {

}
