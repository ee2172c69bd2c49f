package cn.dingkao.feed;

import cn.dingkao.testing.FunctionalTest;

@FunctionalTest
class FeedJobFunctionalTests extends FeedScenarios {

}
