package cn.dingkao.feed;

import org.springframework.boot.test.context.SpringBootTest;

@SpringBootTest(properties = "dingkao.data-dir=./target/test-db/feed")
class FeedJobFunctionalTests extends FeedScenarios {

}
