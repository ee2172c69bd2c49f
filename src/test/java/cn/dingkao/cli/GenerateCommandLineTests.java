package cn.dingkao.cli;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code ./dingkao generate} runs before Spring starts (no database) and reports rows per file. */
class GenerateCommandLineTests {

	@Test
	void generateNeedsNoDatabase(@TempDir Path out) throws Exception {
		ByteArrayOutputStream printed = new ByteArrayOutputStream();
		int code = Dingkao.execute(Invocation.parse("generate", "--physicians", "300", "--seed", "5", "--out", out.toString()),
				new PrintStream(printed, true, StandardCharsets.UTF_8), System.err);
		assertThat(code).isZero();
		assertThat(printed.toString(StandardCharsets.UTF_8)).contains("roster.csv").contains("took");
		assertThat(Files.exists(out.resolve("no-db"))).isFalse();
		try (var files = Files.list(out)) {
			assertThat(files.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder("institutions.csv",
					"roster.csv", "applications.csv", "evaluations.csv", "exam_attempts.csv", "hidden.csv");
		}
	}

}
