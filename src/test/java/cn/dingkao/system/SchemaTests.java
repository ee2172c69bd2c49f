package cn.dingkao.system;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.jdbc.test.autoconfigure.AutoConfigureTestDatabase;
import org.springframework.boot.jdbc.test.autoconfigure.JdbcTest;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The Flyway migrations build the schema and load the reference data on the embedded database: a JDBC slice (data
 * source, Flyway, JdbcTemplate), which is all this needs.
 */
@JdbcTest(properties = "dingkao.data-dir=./target/test-db/schema")
@AutoConfigureTestDatabase(replace = AutoConfigureTestDatabase.Replace.NONE)
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
		// cycles are codes (V8): the regular cycle's rows carried over as '2026'
		assertThat(jdbc.queryForObject("select starts_on from cycle_phase where cycle_year = ? and phase = 'CLOSE'",
				LocalDate.class, "2026")).isEqualTo(LocalDate.of(2026, 8, 10));
		assertThat(jdbc.queryForObject("select count(*) from flyway_schema_history where success = false", Integer.class))
			.as("failed migrations").isZero();
		// the vendor schemas of Spring Batch and Quartz are there: the queries fail if a table is missing
		assertThat(jdbc.queryForList("select JOB_INSTANCE_ID from BATCH_JOB_INSTANCE where 1 = 0")).isEmpty();
		assertThat(jdbc.queryForList("select SCHED_NAME from QRTZ_LOCKS where 1 = 0")).isEmpty();
	}

}
