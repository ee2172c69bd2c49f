package cn.dingkao.web;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;

/**
 * The web tests share one application context: a real server on a random port (for the tests that need Tomcat's
 * own behaviour) with MockMvc beside it (for the rest), the movable clock, and an empty inbox. One context is
 * started for all of them, not one per class (with {@code EnabledOnMySql}, one for all of them on MySQL).
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "dingkao.data-dir=./target/test-db/web", "dingkao.out-dir=./target/web-out",
				"dingkao.input-dir=./src/test/resources/web/no-input",
				// the fixtures are tiny: let a dashboard wait for its counts, so every assertion sees them built
				"dingkao.web.progress.max-wait=PT20S" })
@AutoConfigureMockMvc
@Import(WebTestConfiguration.class)
public @interface WebTest {

}
