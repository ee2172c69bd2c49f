package cn.dingkao.summary;

import cn.dingkao.testing.EnabledOnMySql;

import org.springframework.boot.test.context.SpringBootTest;

@EnabledOnMySql
@SpringBootTest
class MySqlSummaryJobFunctionalTests extends SummaryScenarios {

}
