package cn.dingkao.feed;

import cn.dingkao.testing.EnabledOnMySql;
import cn.dingkao.testing.FunctionalTest;

@EnabledOnMySql
@FunctionalTest
class MySqlFeedJobFunctionalTests extends FeedScenarios {

}
