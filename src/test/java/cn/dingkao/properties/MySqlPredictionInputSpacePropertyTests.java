package cn.dingkao.properties;

import cn.dingkao.testing.EnabledOnMySql;

import org.springframework.boot.test.context.SpringBootTest;

/** Issue 23's property on MySQL/MariaDB: fewer cases, the same property and SQL. */
@EnabledOnMySql
@SpringBootTest(properties = "dingkao.import.merge-slice-rows=500")
class MySqlPredictionInputSpacePropertyTests extends PredictionInputSpaceProperties {

	@Override
	int cases() {
		return 2;
	}

}
