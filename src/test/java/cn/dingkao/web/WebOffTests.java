package cn.dingkao.web;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

import cn.dingkao.DingkaoApplication;
import cn.dingkao.cli.CommandLineModel;
import cn.dingkao.cli.Invocation;
import cn.dingkao.cli.Command;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.security.web.SecurityFilterChain;

import static org.assertj.core.api.Assertions.assertThat;

/** Non-serve commands start without a web server; the web's services are still there (provisioning). */
class WebOffTests {

	@Test
	@DisplayName("README: commands other than serve run with WebApplicationType.NONE; serve provisions and prints the URL")
	void contextWithoutWeb() throws Exception {
		try (ConfigurableApplicationContext context = new SpringApplicationBuilder(DingkaoApplication.class)
			.web(WebApplicationType.NONE)
			// command-line arguments, because application.properties outranks builder defaults
			.run("--dingkao.data-dir=./target/test-db/web-off")) {
			assertThat(context.getBeansOfType(SecurityFilterChain.class)).isEmpty();
			@SuppressWarnings("unchecked")
			Command<CommandLineModel.Serve> serve = context.getBeansOfType(Command.class).values().stream()
				.filter(command -> command.options() == CommandLineModel.Serve.class).findFirst().orElseThrow();
			ByteArrayOutputStream bytes = new ByteArrayOutputStream();
			int code = serve.run(Invocation.parse("serve").options(CommandLineModel.Serve.class),
					new PrintStream(bytes, true, StandardCharsets.UTF_8));
			assertThat(code).isZero();
			assertThat(bytes.toString(StandardCharsets.UTF_8)).contains("http://localhost:8080/");
		}
	}

}
