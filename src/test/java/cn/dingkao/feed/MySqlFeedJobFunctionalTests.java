package cn.dingkao.feed;

import cn.dingkao.testing.EnabledOnMySql;

import org.springframework.boot.test.context.SpringBootTest;

@EnabledOnMySql
@SpringBootTest
class MySqlFeedJobFunctionalTests extends FeedScenarios {

}
