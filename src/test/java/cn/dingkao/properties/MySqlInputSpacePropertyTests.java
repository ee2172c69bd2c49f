package cn.dingkao.properties;

import cn.dingkao.testing.EnabledOnMySql;

import org.springframework.boot.test.context.SpringBootTest;

/** The input-space properties on MySQL/MariaDB: fewer cases, the same properties and SQL. */
@EnabledOnMySql
@SpringBootTest(properties = "dingkao.import.merge-slice-rows=500")
class MySqlInputSpacePropertyTests extends InputSpaceProperties {

	@Override
	int chainCases() {
		return 3;
	}

	@Override
	int independenceCases() {
		return 1;
	}

}
