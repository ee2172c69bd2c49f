package cn.dingkao.operations;

import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;

import org.h2.tools.Server;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalManagementPort;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Health goes DOWN when the database cannot be reached: the application talks to a real database server (H2 over
 * TCP) that the test then stops, as a network cut or a crashed server would.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "dingkao.out-dir=./target/health-out", "spring.datasource.hikari.connection-timeout=2000",
				"spring.datasource.hikari.validation-timeout=1000", "dingkao.operations.metrics-refresh=0s" })
@DirtiesContext
class HealthDatabaseDownTests {

	static Server database;

	@LocalManagementPort
	int managementPort;

	@LocalServerPort
	int port;

	@DynamicPropertySource
	static void database(DynamicPropertyRegistry registry) throws Exception {
		Path folder = Files.createTempDirectory("health-db");
		database = Server.createTcpServer("-tcpPort", "0", "-ifNotExists", "-baseDir", folder.toString()).start();
		registry.add("spring.datasource.url", () -> "jdbc:h2:tcp://localhost:" + database.getPort()
				+ "/dingkao;MODE=MySQL;DATABASE_TO_LOWER=TRUE;CASE_INSENSITIVE_IDENTIFIERS=TRUE");
	}

	@AfterAll
	static void stop() {
		database.stop();
	}

	@Test
	@DisplayName("issue 27: health and readiness go DOWN (HTTP 503) when the database is unreachable; metrics still answer")
	void downWithoutDatabase() throws Exception {
		assertThat(Scrape.get(management("/actuator/health")).statusCode()).isEqualTo(200);
		assertThat(Scrape.get(application("/readyz")).statusCode()).isEqualTo(200);

		database.stop();

		HttpResponse<String> health = Scrape.get(management("/actuator/health"));
		assertThat(health.statusCode()).isEqualTo(503);
		JsonNode components = JsonMapper.builder().build().readTree(health.body()).get("components");
		assertThat(components.get("db").get("status").asString()).isEqualTo("DOWN");
		assertThat(components.get("nightly").get("status").asString()).isEqualTo("DOWN");
		assertThat(components.get("nightly").get("details").get("error").asString())
			.as("the cause in a line, not a trace").contains("the nightly runs cannot be read").doesNotContain("\n", "OperationsMapper");
		assertThat(components.get("diskSpace").get("status").asString()).isEqualTo("UP");
		HttpResponse<String> ready = Scrape.get(application("/readyz"));
		assertThat(ready.statusCode()).as("a load balancer takes the node out").isEqualTo(503);
		assertThat(ready.body()).isEqualTo("{\"status\":\"DOWN\"}");
		HttpResponse<String> live = Scrape.get(application("/livez"));
		assertThat(live.statusCode()).as("the process itself is alive").isEqualTo(200);
		assertThat(Scrape.get(management("/actuator/prometheus")).statusCode()).isEqualTo(200);
	}

	String management(String path) {
		return "http://127.0.0.1:" + this.managementPort + path;
	}

	String application(String path) {
		return "http://127.0.0.1:" + this.port + path;
	}

}
