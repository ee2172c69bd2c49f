package cn.dingkao.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;

/**
 * The packaged jar ({@code target/dingkao.jar}, built by {@code package} before the *IT tests run) as a child
 * process in a folder of its own, its stdout and stderr captured to files — what an operator's shell sees.
 */
final class DingkaoProcess {

	private static final AtomicInteger RUNS = new AtomicInteger();

	private final Process process;

	private final Path stdout;

	private final Path stderr;

	private DingkaoProcess(Process process, Path stdout, Path stderr) {
		this.process = process;
		this.stdout = stdout;
		this.stderr = stderr;
	}

	static Path jar() {
		Path jar = Path.of(System.getProperty("dingkao.jar", "target/dingkao.jar")).toAbsolutePath();
		if (!Files.isRegularFile(jar)) {
			throw new IllegalStateException("the packaged jar is missing (run ./mvnw verify, not test): " + jar);
		}
		return jar;
	}

	static DingkaoProcess start(Path workingDirectory, Map<String, String> environment, String... args)
			throws IOException {
		List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
				"-Xmx512m", "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-Dfile.encoding=UTF-8", "-jar",
				jar().toString()));
		command.addAll(List.of(args));
		int run = RUNS.incrementAndGet();
		Path logs = Files.createDirectories(workingDirectory.resolve(".process"));
		Path stdout = logs.resolve(run + ".stdout");
		Path stderr = logs.resolve(run + ".stderr");
		ProcessBuilder builder = new ProcessBuilder(command).directory(workingDirectory.toFile())
			.redirectOutput(stdout.toFile())
			.redirectError(stderr.toFile());
		builder.environment().remove("SPRING_PROFILES_ACTIVE");
		builder.environment().putAll(environment);
		return new DingkaoProcess(builder.start(), stdout, stderr);
	}

	/** Runs to the end; the exit code. */
	static DingkaoProcess run(Path workingDirectory, Map<String, String> environment, String... args)
			throws Exception {
		DingkaoProcess process = start(workingDirectory, environment, args);
		process.waitFor(Duration.ofMinutes(5));
		return process;
	}

	int waitFor(Duration timeout) throws InterruptedException, IOException {
		if (!this.process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
			kill();
			throw new IllegalStateException("dingkao did not end within " + timeout + ": " + stderr());
		}
		return this.process.exitValue();
	}

	int exitCode() {
		return this.process.exitValue();
	}

	boolean alive() {
		return this.process.isAlive();
	}

	/** SIGKILL: no shutdown hook, no finally block runs — as the OOM killer or a power loss would end it. */
	void kill() throws InterruptedException {
		this.process.destroyForcibly();
		this.process.waitFor();
	}

	/** SIGSTOP: the process stays, with its connections and locks, but does nothing. */
	void freeze() throws Exception {
		new ProcessBuilder("kill", "-STOP", String.valueOf(this.process.pid())).start().waitFor();
	}

	/** Waits until a line of stderr matches (progress names the running step), or the process ends. */
	boolean awaitStderr(Predicate<String> line, Duration timeout) throws Exception {
		long deadline = System.nanoTime() + timeout.toNanos();
		while (System.nanoTime() < deadline) {
			if (stderrLines().stream().anyMatch(line)) {
				return true;
			}
			if (!this.process.isAlive()) {
				return stderrLines().stream().anyMatch(line);
			}
			Thread.sleep(50);
		}
		return false;
	}

	String stdout() throws IOException {
		return Files.readString(this.stdout, StandardCharsets.UTF_8);
	}

	String stderr() throws IOException {
		return Files.readString(this.stderr, StandardCharsets.UTF_8);
	}

	List<String> stderrLines() throws IOException {
		return Files.readAllLines(this.stderr, StandardCharsets.UTF_8);
	}

	String lastStderrLine() throws IOException {
		List<String> lines = stderrLines();
		return lines.isEmpty() ? "" : lines.get(lines.size() - 1);
	}

	/** Whether anything of a Java stack trace reached the terminal. */
	boolean printedTrace() throws IOException {
		String all = stdout() + "\n" + stderr();
		return all.lines().anyMatch(l -> l.startsWith("\tat ") || l.matches("^(Caused by|Exception in thread).*")
				|| l.matches("^[a-z]+(\\.[a-zA-Z_$0-9]+)+(Exception|Error)(: .*)?$"));
	}

}
