package cn.dingkao.ingest;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

import cn.dingkao.cli.CommandLineModel;
import cn.dingkao.cli.Invocation;
import cn.dingkao.testing.FunctionalTest;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The import job on the embedded database (H2, MySQL mode), and the {@code import} command. */
@FunctionalTest
class ImportJobFunctionalTests extends ImportJobScenarios {

	@Autowired
	ImportCommand command;

	@Test
	@DisplayName("import command: a table per file (read, imported, rejected, status); a refused file exits with its reason")
	void commandPrintsTableAndFailsOnRefusal() throws Exception {
		copyBasic("institutions.csv", "roster.csv");
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8);
		CommandLineModel.Import options = Invocation.parse("import", "--input", this.input.toString(), "--out",
				this.out.toString(), "--date", "2026-08-0" + (1 + (System.nanoTime() % 9))).options(CommandLineModel.Import.class);
		assertThat(this.command.run(options, out)).isZero();
		String table = bytes.toString(StandardCharsets.UTF_8);
		assertThat(table).contains("institutions.csv").contains("IMPORTED").contains("MISSING 无文件")
			.contains("拒收记录 (reject files)").contains("rejects");
		assertThat(this.command.run(options, out)).isZero();
		assertThat(bytes.toString(StandardCharsets.UTF_8)).contains("SKIPPED 已导入过");

		write("hidden.csv", StandardCharsets.UTF_8, "cert_no,whatever");
		assertThatThrownBy(() -> this.command.run(options, out)).hasMessageContaining("作业失败 (job failed): import #").hasMessageContaining("步骤 (step) import.hidden.load")
			.hasMessageContaining("hidden.csv");
		assertThat(bytes.toString(StandardCharsets.UTF_8)).contains("REFUSED 拒收");
	}

}
