package cn.dingkao.cli;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * issue 10, "a terminal that speaks": the packaged jar run as an operator runs it, in a folder of its own —
 * exit codes, the last line of stderr, no stack trace on the terminal, the log file a failure names, relative
 * paths, progress and the final tables.
 */
class CommandLineIT {

	@TempDir
	Path folder;

	DingkaoProcess run(String... args) throws Exception {
		return DingkaoProcess.run(this.folder, Map.of(), args);
	}

	@Test
	@DisplayName("--help, help COMMAND and COMMAND --help print usage with examples and exit 0")
	void help() throws Exception {
		DingkaoProcess top = run("--help");
		assertThat(top.exitCode()).isZero();
		assertThat(top.stdout()).contains("Usage: dingkao", "nightly", "import", "generate", "示例 (examples)",
				"退出码 (exit codes)");
		DingkaoProcess nightly = run("help", "nightly");
		assertThat(nightly.exitCode()).isZero();
		assertThat(nightly.stdout()).contains("--rerun", "--input=DIR", "--date=yyyy-MM-dd", "./dingkao nightly --date");
		assertThat(run("feed", "--help").stdout()).contains("--delta", "--again", "--force");
	}

	@Test
	@DisplayName("usage errors: unknown command, unknown option, bad value, missing argument — exit 2, one line naming it")
	void usageErrors() throws Exception {
		assertUsage(run("frobnicate"), "未知子命令 (unknown command): frobnicate");
		assertUsage(run("nightly", "--bogus"), "未知选项 (unknown option): --bogus");
		assertUsage(run("nightly", "--date", "2026-13-01"), "--date");
		assertUsage(run("nightly", "--cycle", "26"), "--cycle");
		assertUsage(run("explain"), "CERT_NO");
		assertUsage(run(), "缺少子命令 (missing command)");
	}

	private static void assertUsage(DingkaoProcess process, String text) throws Exception {
		assertThat(process.exitCode()).as(process.stderr()).isEqualTo(ExitCodes.USAGE);
		assertThat(process.lastStderrLine()).startsWith("dingkao: ").contains(text);
		assertThat(process.stderrLines()).hasSize(1);
		assertThat(process.printedTrace()).isFalse();
	}

	@Test
	@DisplayName("a missing --input folder: exit 1, one line naming the folder and the step, the trace only in the log it names")
	void missingInputFolder() throws Exception {
		DingkaoProcess process = run("import", "--input", "no-such-folder", "--out", "out", "--data", "db");
		assertThat(process.exitCode()).isEqualTo(ExitCodes.FAILURE);
		String last = process.lastStderrLine();
		assertThat(last).startsWith("dingkao: ")
			.contains("输入目录不存在 (input folder not found)")
			.contains(this.folder.resolve("no-such-folder").toString())
			.contains("import.institutions.prepare")
			.contains("完整日志 (full log): " + this.folder.resolve("out/logs"));
		assertThat(process.printedTrace()).isFalse();
		Path log = Path.of(last.substring(last.indexOf("完整日志 (full log): ") + "完整日志 (full log): ".length()));
		assertThat(Files.readString(log)).contains("\tat ").contains("input folder not found");
	}

	@Test
	@DisplayName("a refused input file: exit 3, one line naming the file and why; the table shows it REFUSED")
	void refusedInput() throws Exception {
		Path input = Files.createDirectories(this.folder.resolve("inbox"));
		Files.writeString(input.resolve("roster.csv"), "cert_type,cert_no,name,nickname\nRESIDENT,1,张三,三\n");
		DingkaoProcess process = run("import", "--input", "inbox", "--out", "out", "--data", "db");
		assertThat(process.exitCode()).as(process.stderr()).isEqualTo(ExitCodes.REFUSED_INPUT);
		assertThat(process.lastStderrLine()).startsWith("dingkao: ").contains("roster.csv").contains("表头不符")
			.contains("main_org_code");
		assertThat(process.stdout()).contains("REFUSED 拒收");
		assertThat(process.printedTrace()).isFalse();
	}

	@Test
	@DisplayName("nightly with relative paths from the current folder: progress lines while it runs, per-file table with rejects, outputs under ./out")
	void nightlyFromTheCurrentFolder() throws Exception {
		Path input = Files.createDirectories(this.folder.resolve("in"));
		try (Stream<Path> files = Files.list(Path.of("sample-input").toAbsolutePath())) {
			for (Path file : files.filter(f -> f.toString().matches(".*\\.(csv|xlsx)$")).toList()) {
				Files.copy(file, input.resolve(file.getFileName()));
			}
		}
		DingkaoProcess process = run("nightly", "--input", "in", "--out", "out", "--data", "db", "--date", "2026-08-11",
				"--dingkao.progress.interval=200ms");
		assertThat(process.exitCode()).as(process.stderr()).isZero();
		assertThat(process.printedTrace()).isFalse();
		assertThat(this.folder.resolve("out/feed/2026/DK_2026_20260811_0001.csv")).exists();
		assertThat(this.folder.resolve("db")).isDirectory();
		List<String> progress = process.stderrLines();
		assertThat(progress).isNotEmpty().allMatch(line -> line.matches("\\[\\d+:\\d\\d] nightly · \\S+ .*"));
		assertThat(process.stdout()).contains("读取 read", "导入 imported", "拒绝 rejected", "roster.csv",
				"拒收记录 (reject files):", this.folder.resolve("out/rejects/roster.csv.rejects.csv").toString(),
				"报送文件 " + this.folder.resolve("out/feed/2026/DK_2026_20260811_0001.csv"));
		assertThat(Files.readString(this.folder.resolve("out/rejects/roster.csv.rejects.csv"), StandardCharsets.UTF_8))
			.contains("文件,行号,列,值,原因,reason");
	}

}
