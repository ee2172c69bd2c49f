package cn.dingkao.operations;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import cn.dingkao.batch.JobRunner;
import cn.dingkao.batch.RunParameters;
import cn.dingkao.ruling.Cycle;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalManagementPort;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code serve}'s operations endpoints on a real server: after a nightly run of the sample, the Prometheus scrape
 * holds Spring Batch's job and step metrics and the pipeline's figures with the counts the database holds; health,
 * info and the probes answer; nothing else is exposed; and every log line of the run carries it.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "dingkao.data-dir=./target/test-db/operations-${random.uuid}", "dingkao.out-dir=./target/operations-out",
				"dingkao.operations.metrics-refresh=0s" })
class OperationsEndpointsTests {

	static final LocalDate AFTER_CLOSE = LocalDate.of(2026, 8, 11);

	@LocalManagementPort
	int managementPort;

	@LocalServerPort
	int port;

	@Autowired
	JobRunner jobRunner;

	@Autowired
	@Qualifier("nightlyJob")
	Job nightlyJob;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	@DisplayName("issue 27: /actuator/prometheus after a nightly holds the job's, the steps' and the import's metrics with the right counts")
	void scrapeAfterNightly() throws Exception {
		double nightsBefore = metric(scrape(), "spring_batch_job_seconds_count",
				Map.of("spring_batch_job_name", "nightly", "spring_batch_job_status", "COMPLETED"));

		JobExecution night = runNightly();

		String text = scrape();
		assertThat(metric(text, "spring_batch_job_seconds_count",
				Map.of("spring_batch_job_name", "nightly", "spring_batch_job_status", "COMPLETED"))).isEqualTo(nightsBefore + 1);
		// the import's steps are built inside its flow, not as beans: observed all the same
		assertThat(metric(text, "spring_batch_step_seconds_count", Map.of("spring_batch_step_name", "import.roster.load")))
			.isGreaterThanOrEqualTo(1);
		assertThat(metric(text, "spring_batch_step_seconds_count", Map.of("spring_batch_step_name", "feed.deliver")))
			.isGreaterThanOrEqualTo(1);
		for (String kind : List.of("institutions", "roster", "applications", "evaluations", "exam_attempts", "hidden")) {
			assertThat(metric(text, "dingkao_import_rows_total", Map.of("kind", kind, "state", "imported"))).as(kind)
				.isEqualTo(sum("rows_imported", kind, "'IMPORTED'"))
				.isPositive();
			assertThat(metric(text, "dingkao_import_rows_total", Map.of("kind", kind, "state", "rejected"))).as(kind)
				.isEqualTo(sum("rows_rejected", kind, "'IMPORTED', 'REFUSED'"));
			assertThat(metric(text, "dingkao_import_files", Map.of("kind", kind, "status", "IMPORTED"))).isOne();
		}
		// the sample's roster (GB18030, as Excel in China writes it): its lines less the header, less the rejected
		double rosterLines = Files.readAllLines(Path.of("sample-input/roster.csv"), StandardCharsets.ISO_8859_1).size() - 1;
		assertThat(metric(text, "dingkao_import_rows_total", Map.of("kind", "roster", "state", "read"))).isEqualTo(rosterLines);
		assertThat(metric(text, "dingkao_import_rows_total", Map.of("kind", "roster", "state", "imported")))
			.isEqualTo(rosterLines - metric(text, "dingkao_import_rows_total", Map.of("kind", "roster", "state", "rejected")));
		for (int outcome = 0; outcome <= 4; outcome++) {
			String name = cn.dingkao.ruling.Outcome.ofStored(outcome).name();
			assertThat(metric(text, "dingkao_physicians", Map.of("cycle", "2026", "outcome", name))).as(name)
				.isEqualTo(this.jdbc.queryForObject("SELECT COUNT(*) FROM result WHERE cycle_year = '2026' AND outcome_code = ?",
						Double.class, outcome));
		}
		assertThat(metric(text, "dingkao_feed_last_rows", Map.of("cycle", "2026"))).isEqualTo(this.jdbc.queryForObject(
				"SELECT row_count FROM feed_delivery WHERE job_instance_id = ?", Double.class,
				night.getJobInstance().getInstanceId()));
		assertThat(metric(text, "dingkao_feed_unanswered", Map.of("cycle", "2026"))).isGreaterThanOrEqualTo(1);
		assertThat(metric(text, "dingkao_batch_job_last_failed", Map.of("job", "nightly"))).isZero();
		assertThat(metric(text, "dingkao_nightly_missing", Map.of("cycle", "2026"))).isZero();
		assertThat(metric(text, "dingkao_messages", Map.of("purpose", "REMINDER", "status", "QUEUED"))).isZero();
		assertThat(text).contains("dingkao_nightly_last_success_timestamp_seconds{", "jvm_memory_used_bytes");
	}

	@Test
	@DisplayName("issue 27: health (database, disk, last night), info with the build, probes on the application's port; nothing sensitive")
	void healthInfoProbes() throws Exception {
		HttpResponse<String> health = Scrape.get(management("/actuator/health"));
		assertThat(health.statusCode()).isEqualTo(200);
		assertThat(health.body()).contains("\"status\":\"UP\"", "\"db\"", "\"diskSpace\"", "\"nightly\"");
		assertThat(Scrape.get(management("/actuator/info")).body()).contains("\"build\"", "\"version\":\"0.1.0-SNAPSHOT\"");
		assertThat(Scrape.get(application("/readyz")).statusCode()).isEqualTo(200);
		assertThat(Scrape.get(application("/livez")).statusCode()).isEqualTo(200);
		assertThat(Scrape.get(application("/readyz")).body()).isEqualTo("{\"status\":\"UP\"}");
		for (String endpoint : List.of("env", "configprops", "heapdump", "beans", "loggers", "threaddump", "mappings",
				"shutdown", "quartz", "scheduledtasks", "sbom")) {
			assertThat(Scrape.get(management("/actuator/" + endpoint)).statusCode()).as(endpoint).isEqualTo(404);
		}
		HttpResponse<String> onApplicationPort = Scrape.get(application("/actuator/prometheus"));
		assertThat(onApplicationPort.statusCode()).as("not on the application's port").isNotEqualTo(200);
	}

	@Test
	@DisplayName("issue 27: every log line of a run, on every thread, carries the job and the run id")
	void logLinesCarryTheRun() throws Exception {
		Logger root = (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
		Logger dingkao = (Logger) LoggerFactory.getLogger("cn.dingkao");
		ListAppender<ILoggingEvent> lines = new ListAppender<>();
		lines.start();
		root.addAppender(lines);
		ch.qos.logback.classic.Level level = dingkao.getLevel();
		dingkao.setLevel(ch.qos.logback.classic.Level.DEBUG);
		JobExecution night;
		try {
			night = runNightly();
		}
		finally {
			root.detachAppender(lines);
			dingkao.setLevel(level);
		}
		List<ILoggingEvent> ofRunThreads = new ArrayList<>();
		for (ILoggingEvent line : List.copyOf(lines.list)) {
			String thread = line.getThreadName();
			if (thread.startsWith("import-") || thread.startsWith("rule-") || thread.startsWith("summary-")) {
				ofRunThreads.add(line);
			}
		}
		assertThat(ofRunThreads).as("lines written by the steps' own threads").isNotEmpty();

		assertThat(ofRunThreads).allSatisfy(line -> {
			assertThat(line.getMDCPropertyMap()).containsEntry("dingkao.job", "nightly")
				.containsEntry("dingkao.run", String.valueOf(night.getId()))
				.containsKey("dingkao.step");
		});
	}

	JobExecution runNightly() throws Exception {
		JobExecution night = this.jobRunner.run(this.nightlyJob, RunParameters
			.of(Cycle.regular(2026), AFTER_CLOSE, Path.of("sample-input"), Path.of("target/operations-out"))
			.toJobParameters(), true).execution();
		assertThat(night.getStatus()).as(night.getExitStatus().getExitDescription()).isEqualTo(BatchStatus.COMPLETED);
		return night;
	}

	double sum(String column, String kind, String statuses) {
		return this.jdbc.queryForObject("SELECT COALESCE(SUM(" + column + "), 0) FROM import_file WHERE kind = ? AND status IN ("
				+ statuses + ")", Double.class, kind);
	}

	String scrape() throws Exception {
		HttpResponse<String> response = Scrape.get(management("/actuator/prometheus"));
		assertThat(response.statusCode()).isEqualTo(200);
		return response.body();
	}

	static double metric(String text, String name, Map<String, String> labels) {
		return Scrape.value(text, name, labels).orElse(0);
	}

	String management(String path) {
		return "http://127.0.0.1:" + this.managementPort + path;
	}

	String application(String path) {
		return "http://127.0.0.1:" + this.port + path;
	}

}
