package cn.dingkao.system;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The Flyway migrations build the schema and load the reference data on the embedded database.
 */
@SpringBootTest(properties = "dingkao.data-dir=./target/test-db/schema")
class SchemaTests {

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void migrationsLoadReferenceData() {
		assertReferenceData(this.jdbc);
	}

	static void assertReferenceData(JdbcTemplate jdbc) {
		assertThat(jdbc.queryForObject("select count(*) from district", Integer.class)).isEqualTo(16);
		assertThat(jdbc.queryForObject("select count(*) from specialty_catalog", Integer.class)).isEqualTo(65);
		assertThat(jdbc.queryForObject("select district_name from district where district_code = '110115'",
				String.class)).isEqualTo("大兴区");
		assertThat(jdbc.queryForObject("select starts_on from cycle_phase where cycle_year = 2026 and phase = 'CLOSE'",
				LocalDate.class)).isEqualTo(LocalDate.of(2026, 8, 10));
		assertThat(jdbc.queryForObject("select count(*) from BATCH_JOB_INSTANCE", Integer.class)).isNotNull();
	}

}
