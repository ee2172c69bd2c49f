package cn.dingkao.cli;

import java.nio.file.Path;
import java.time.LocalDate;

import cn.dingkao.batch.RunParameters;
import cn.dingkao.ruling.Cycle;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import org.springframework.batch.core.job.parameters.JobParameters;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The command line as the commands read it: the filled class of {@link CommandLineModel}, nothing by name. */
class InvocationTests {

	@Test
	@DisplayName("a command line is its command's class, filled: options typed, folders from the current folder")
	void typedOptions() {
		Invocation invocation = Invocation.parse("feed", "--delta", "--resend-rejected", "--cycle", "2026R", "--date",
				"2027-07-23", "--out", "some/out", "--dingkao.import.chunk-size=500");
		CommandLineModel.Feed feed = invocation.options(CommandLineModel.Feed.class);
		assertThat(feed.delta()).isTrue();
		assertThat(feed.resendRejected()).isTrue();
		assertThat(feed.force()).isFalse();
		assertThat(feed.job().cycle()).isEqualTo(Cycle.of("2026R"));
		assertThat(feed.job().businessDate()).isEqualTo(LocalDate.of(2027, 7, 23));
		assertThat(feed.out()).isEqualTo(Path.of("some/out").toAbsolutePath().normalize());
		assertThat(feed.input()).isEqualTo(Path.of("sample-input").toAbsolutePath().normalize());
		assertThat(invocation.name()).isEqualTo("feed");
		assertThat(invocation.settings()).containsEntry("dingkao.import.chunk-size", "500");
		JobParameters parameters = feed.job().jobParameters().toJobParameters();
		assertThat(RunParameters.cycle(parameters)).isEqualTo(Cycle.of("2026R"));
		assertThat(RunParameters.out(parameters)).isEqualTo(feed.out());
	}

	@Test
	@DisplayName("help in its three forms, and the version, are their own commands")
	void helpAndVersion() {
		assertThat(Invocation.parse("--help").command()).isInstanceOf(CommandLineModel.Help.class);
		assertThat(((CommandLineModel.Help) Invocation.parse("help", "nightly").command()).command()).contains("nightly");
		assertThat(((CommandLineModel.Help) Invocation.parse("nightly", "--help").command()).command()).contains("nightly");
		assertThat(Invocation.parse("-V").command()).isSameAs(Invocation.VERSION);
	}

	@Test
	@DisplayName("a command line that does not match the model is a usage error naming what is at fault")
	void usageErrors() {
		assertThatThrownBy(() -> Invocation.parse("nightly", "--rerun", "yes")).isInstanceOf(Invocation.UsageException.class)
			.hasMessageContaining("yes");
		assertThatThrownBy(() -> Invocation.parse("import", "--dingkao.clock.date"))
			.isInstanceOf(Invocation.UsageException.class)
			.hasMessageContaining("--dingkao.clock.date");
		assertThatThrownBy(() -> Invocation.parse("rule").options(CommandLineModel.Feed.class))
			.isInstanceOf(Invocation.UsageException.class);
	}

}
