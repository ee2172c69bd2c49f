package cn.dingkao.schedule;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import cn.dingkao.DingkaoApplication;
import cn.dingkao.testing.EnabledOnMySql;
import cn.dingkao.testing.MySqlCondition;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.quartz.JobExecutionContext;
import org.quartz.listeners.JobListenerSupport;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.quartz.autoconfigure.SchedulerFactoryBeanCustomizer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two application nodes on one MariaDB database, each with the clustered Quartz scheduler: the night's
 * trigger fires on one node once, and the nightly batch job runs once (spec §Jobs and schedule: "several app
 * nodes run it once").
 */
@EnabledOnMySql
class MySqlClusteredScheduleTests {

	static final AtomicInteger FIRINGS = new AtomicInteger();

	@Test
	@DisplayName("spec §Jobs and schedule: two nodes with a clustered JDBC job store fire a night once")
	void twoNodesFireTheNightOnce(@TempDir Path folder) throws Exception {
		Path emptyInbox = Files.createDirectories(folder.resolve("inbox"));
		LocalDateTime fireAt = LocalDateTime.now(ZoneId.of("Asia/Shanghai")).plusSeconds(12);
		String cron = fireAt.getSecond() + " " + fireAt.getMinute() + " " + fireAt.getHour() + " " + fireAt.getDayOfMonth()
				+ " " + fireAt.getMonthValue() + " ?";
		List<ConfigurableApplicationContext> nodes = new ArrayList<>();
		try {
			for (String node : List.of("node-a", "node-b")) {
				nodes.add(startNode(node, cron, emptyInbox, folder.resolve("out")));
			}
			JdbcTemplate jdbc = nodes.get(0).getBean(JdbcTemplate.class);
			long before = jdbc.queryForObject("SELECT COUNT(*) FROM BATCH_JOB_EXECUTION e JOIN BATCH_JOB_INSTANCE i "
					+ "ON i.JOB_INSTANCE_ID = e.JOB_INSTANCE_ID WHERE i.JOB_NAME = 'nightly'", Long.class);
			FIRINGS.set(0);
			long deadline = System.currentTimeMillis() + 40_000;
			while (System.currentTimeMillis() < deadline && (FIRINGS.get() == 0 || running(jdbc))) {
				Thread.sleep(500);
			}
			Thread.sleep(3000);
			assertThat(FIRINGS.get()).as("firings of the night's trigger over both nodes").isEqualTo(1);
			long after = jdbc.queryForObject("SELECT COUNT(*) FROM BATCH_JOB_EXECUTION e JOIN BATCH_JOB_INSTANCE i "
					+ "ON i.JOB_INSTANCE_ID = e.JOB_INSTANCE_ID WHERE i.JOB_NAME = 'nightly'", Long.class);
			assertThat(after - before).as("nightly executions started").isLessThanOrEqualTo(1);
		}
		finally {
			nodes.forEach(ConfigurableApplicationContext::close);
		}
	}

	private static boolean running(JdbcTemplate jdbc) {
		return jdbc.queryForObject("SELECT COUNT(*) FROM BATCH_JOB_EXECUTION WHERE STATUS IN ('STARTING', 'STARTED')",
				Long.class) > 0;
	}

	private static ConfigurableApplicationContext startNode(String node, String cron, Path inbox, Path out) {
		SpringApplication application = new SpringApplication(DingkaoApplication.class, CountFirings.class);
		application.setWebApplicationType(WebApplicationType.NONE);
		application.setAdditionalProfiles("mysql");
		return application.run("--DINGKAO_DB_URL=" + MySqlCondition.databaseUrl(), "--spring.quartz.auto-startup=true",
				"--spring.quartz.properties.org.quartz.scheduler.instanceId=" + node,
				"--spring.quartz.properties.org.quartz.jobStore.clusterCheckinInterval=1000",
				"--dingkao.schedule.cron=" + cron, "--dingkao.input-dir=" + inbox, "--dingkao.out-dir=" + out);
	}

	/** Counts the night's firings on every node of this JVM. */
	@Configuration(proxyBeanMethods = false)
	static class CountFirings {

		@Bean
		SchedulerFactoryBeanCustomizer countFirings() {
			return factory -> factory.setGlobalJobListeners(new JobListenerSupport() {

				@Override
				public String getName() {
					return "count-firings";
				}

				@Override
				public void jobToBeExecuted(JobExecutionContext context) {
					FIRINGS.incrementAndGet();
				}

			});
		}

	}

}
