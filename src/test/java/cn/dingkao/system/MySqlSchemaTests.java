package cn.dingkao.system;

import cn.dingkao.testing.EnabledOnMySql;
import cn.dingkao.testing.FunctionalTest;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The same migrations on MySQL (MariaDB in CI), in a utf8mb4 database.
 */
@EnabledOnMySql
@FunctionalTest
class MySqlSchemaTests {

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void migrationsLoadReferenceData() {
		SchemaTests.assertReferenceData(this.jdbc);
		assertThat(this.jdbc.queryForObject("select @@character_set_database", String.class)).isEqualTo("utf8mb4");
	}

}
