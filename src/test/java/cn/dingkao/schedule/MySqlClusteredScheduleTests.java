package cn.dingkao.schedule;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.TimeZone;
import java.util.concurrent.atomic.AtomicInteger;

import cn.dingkao.DingkaoApplication;
import cn.dingkao.testing.EnabledOnMySql;
import cn.dingkao.testing.MySqlCondition;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.quartz.CronScheduleBuilder;
import org.quartz.JobExecutionContext;
import org.quartz.JobKey;
import org.quartz.Scheduler;
import org.quartz.TriggerBuilder;
import org.quartz.TriggerKey;
import org.quartz.listeners.JobListenerSupport;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.quartz.autoconfigure.SchedulerFactoryBeanCustomizer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.BadSqlGrammarException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two application nodes on one MariaDB database, each with the clustered Quartz scheduler: the night's
 * trigger fires on one node once, and the nightly batch job runs once (spec §Jobs and schedule: "several app
 * nodes run it once"); so does the morning's prediction (issue 23).
 */
@EnabledOnMySql
class MySqlClusteredScheduleTests {

	static final AtomicInteger FIRINGS = new AtomicInteger();

	/** A night no other test runs; an earlier run of this test left it completed, so it is removed first. */
	static final LocalDate NIGHT = LocalDate.of(2026, 8, 29);

	/** A morning of cycle 2026's prediction days (REGISTRATION … CLOSE) no other test runs. */
	static final LocalDate MORNING = LocalDate.of(2026, 5, 29);

	@Test
	@DisplayName("spec §Jobs and schedule: two nodes with a clustered JDBC job store fire a night once")
	void twoNodesFireTheNightOnce(@TempDir Path folder) throws Exception {
		fireOnce(folder, "nightly", NIGHT);
	}

	@Test
	@DisplayName("issue 23: two nodes fire the morning's prediction once, and it runs for the cycle whose timeline predicts that day")
	void twoNodesFireTheMorningOnce(@TempDir Path folder) throws Exception {
		fireOnce(folder, "predict", MORNING);
	}

	/** The trigger and the batch job are both named {@code job}. */
	private static void fireOnce(Path folder, String job, LocalDate day) throws Exception {
		Path emptyInbox = Files.createDirectories(folder.resolve("inbox"));
		forgetEarlierRuns(job, day);
		List<ConfigurableApplicationContext> nodes = new ArrayList<>();
		try {
			// both nodes up first (their schedulers still standing by), then one shared trigger a few seconds ahead,
			// then both schedulers start: how long a node takes to start (a loaded machine) cannot skip the firing
			for (String node : List.of("node-a", "node-b")) {
				nodes.add(startNode(node, emptyInbox, folder.resolve("out"), day));
			}
			JdbcTemplate jdbc = nodes.get(0).getBean(JdbcTemplate.class);
			long before = executions(jdbc, job);
			LocalDateTime fireAt = LocalDateTime.now(ZoneId.of("Asia/Shanghai")).plusSeconds(6);
			String cron = fireAt.getSecond() + " " + fireAt.getMinute() + " " + fireAt.getHour() + " "
					+ fireAt.getDayOfMonth() + " " + fireAt.getMonthValue() + " ?";
			Scheduler first = nodes.get(0).getBean(Scheduler.class);
			TriggerKey trigger = TriggerKey.triggerKey(job, "dingkao");
			first.rescheduleJob(trigger, TriggerBuilder.newTrigger()
				.forJob(JobKey.jobKey(job, "dingkao"))
				.withIdentity(trigger)
				.withSchedule(CronScheduleBuilder.cronSchedule(cron).inTimeZone(TimeZone.getTimeZone("Asia/Shanghai")))
				.build());
			for (ConfigurableApplicationContext node : nodes) {
				node.getBean(Scheduler.class).start();
			}
			FIRINGS.set(0);
			long deadline = System.currentTimeMillis() + 120_000;
			// the firing is counted before the job's execution row exists: wait for that row too, then for its end
			while (System.currentTimeMillis() < deadline
					&& (FIRINGS.get() == 0 || executions(jdbc, job) == before || running(jdbc))) {
				Thread.sleep(500);
			}
			Thread.sleep(3000);
			assertThat(FIRINGS.get()).as("firings of the %s trigger over both nodes", job).isEqualTo(1);
			long after = executions(jdbc, job);
			assertThat(after - before).as("%s executions started", job).isEqualTo(1);
			assertThat(jdbc.queryForObject("SELECT e.STATUS FROM BATCH_JOB_EXECUTION e JOIN BATCH_JOB_INSTANCE i "
					+ "ON i.JOB_INSTANCE_ID = e.JOB_INSTANCE_ID WHERE i.JOB_NAME = ? ORDER BY e.JOB_EXECUTION_ID DESC "
					+ "LIMIT 1", String.class, job)).isEqualTo("COMPLETED");
		}
		finally {
			nodes.forEach(ConfigurableApplicationContext::close);
		}
	}

	/** Before the nodes start (the firing must not find an earlier run of this test completed). */
	private static void forgetEarlierRuns(String job, LocalDate day) {
		JdbcTemplate jdbc = new JdbcTemplate(new DriverManagerDataSource(MySqlCondition.databaseUrl(), "root", ""));
		List<Long> instances;
		try {
			instances = jdbc.queryForList("SELECT DISTINCT e.JOB_INSTANCE_ID FROM BATCH_JOB_EXECUTION e "
					+ "JOIN BATCH_JOB_EXECUTION_PARAMS p ON p.JOB_EXECUTION_ID = e.JOB_EXECUTION_ID "
					+ "JOIN BATCH_JOB_INSTANCE i ON i.JOB_INSTANCE_ID = e.JOB_INSTANCE_ID "
					+ "WHERE i.JOB_NAME = ? AND p.PARAMETER_NAME = 'date' AND p.PARAMETER_VALUE = ?", Long.class, job,
					day.toString());
		}
		catch (BadSqlGrammarException ex) {
			return; // a fresh database: no run to forget
		}
		for (long instance : instances) {
			String executions = "SELECT JOB_EXECUTION_ID FROM BATCH_JOB_EXECUTION WHERE JOB_INSTANCE_ID = " + instance;
			jdbc.update("DELETE FROM BATCH_STEP_EXECUTION_CONTEXT WHERE STEP_EXECUTION_ID IN (SELECT STEP_EXECUTION_ID "
					+ "FROM BATCH_STEP_EXECUTION WHERE JOB_EXECUTION_ID IN (" + executions + "))");
			jdbc.update("DELETE FROM BATCH_STEP_EXECUTION WHERE JOB_EXECUTION_ID IN (" + executions + ")");
			jdbc.update("DELETE FROM BATCH_JOB_EXECUTION_CONTEXT WHERE JOB_EXECUTION_ID IN (" + executions + ")");
			jdbc.update("DELETE FROM BATCH_JOB_EXECUTION_PARAMS WHERE JOB_EXECUTION_ID IN (" + executions + ")");
			jdbc.update("DELETE FROM BATCH_JOB_EXECUTION WHERE JOB_INSTANCE_ID = ?", instance);
			jdbc.update("DELETE FROM BATCH_JOB_INSTANCE WHERE JOB_INSTANCE_ID = ?", instance);
		}
	}

	private static long executions(JdbcTemplate jdbc, String job) {
		return jdbc.queryForObject("SELECT COUNT(*) FROM BATCH_JOB_EXECUTION e JOIN BATCH_JOB_INSTANCE i "
				+ "ON i.JOB_INSTANCE_ID = e.JOB_INSTANCE_ID WHERE i.JOB_NAME = ?", Long.class, job);
	}

	private static boolean running(JdbcTemplate jdbc) {
		return jdbc.queryForObject("SELECT COUNT(*) FROM BATCH_JOB_EXECUTION WHERE STATUS IN ('STARTING', 'STARTED')",
				Long.class) > 0;
	}

	private static ConfigurableApplicationContext startNode(String node, Path inbox, Path out, LocalDate day) {
		SpringApplication application = new SpringApplication(DingkaoApplication.class, CountFirings.class);
		application.setWebApplicationType(WebApplicationType.NONE);
		application.setAdditionalProfiles("mysql");
		return application.run("--DINGKAO_DB_URL=" + MySqlCondition.databaseUrl(), "--spring.quartz.auto-startup=false",
				"--spring.quartz.properties.org.quartz.scheduler.instanceId=" + node,
				"--spring.quartz.properties.org.quartz.jobStore.clusterCheckinInterval=1000",
				"--dingkao.input-dir=" + inbox, "--dingkao.out-dir=" + out,
				// a day of cycle 2026's nightly days (VERIFICATION … FEED) or prediction days: the firing runs that cycle
				"--dingkao.clock.date=" + day);
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
