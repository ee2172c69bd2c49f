package cn.dingkao.web;

import java.nio.file.Files;
import java.nio.file.Path;

import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;

/** A movable clock, and a tiny stand-in for the lead's {@code nightlyJob} while it is absent. */
@TestConfiguration(proxyBeanMethods = false)
public class WebTestConfiguration {

	@Bean
	@Primary
	MutableClock testClock() {
		return new MutableClock();
	}

	@Bean
	@ConditionalOnMissingBean(name = "nightlyJob")
	Job nightlyJob(JobRepository repository, PlatformTransactionManager tm, JdbcTemplate jdbc,
			@Value("${dingkao.out-dir}") String out) {
		var step = new StepBuilder("summary", repository).tasklet((contribution, context) -> {
			Object cycle = context.getStepContext().getJobParameters().get("cycle");
			Path folder = Path.of(out, "summary", String.valueOf(cycle));
			Files.createDirectories(folder);
			Files.write(folder.resolve("110115_大兴区汇总.xlsx"), new byte[] { 'P', 'K', 3, 4 });
			Files.write(folder.resolve("110105_朝阳区汇总.xlsx"), new byte[] { 'P', 'K', 3, 4 });
			// stands in for the ruling: every approved applicant is 合格
			jdbc.update("INSERT INTO result (cycle_year, cert_no, cert_type, name, main_org_code, district_code, outcome_code, "
					+ "ethics, performance, business, content_hash, version, run_id, decided_on, updated_at) "
					+ "SELECT a.cycle_year, p.cert_no, p.cert_type, p.name, p.main_org_code, i.district_code, 1, 'PASS', 'PASS', "
					+ "'PASS', 'test', 1, 0, CURRENT_DATE, CURRENT_TIMESTAMP FROM application a "
					+ "JOIN physician p ON p.cert_no = a.cert_no LEFT JOIN institution i ON i.org_code = p.main_org_code "
					+ "WHERE a.status = 'APPROVED' AND NOT EXISTS (SELECT 1 FROM result r WHERE r.cert_no = a.cert_no "
					+ "AND r.cycle_year = a.cycle_year)");
			contribution.incrementReadCount();
			return RepeatStatus.FINISHED;
		}, tm).build();
		return new JobBuilder("nightly", repository).start(step).build();
	}

}
