package cn.dingkao.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Stream;

import cn.dingkao.generate.GenerateCommand;
import cn.dingkao.ruling.Cycle;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * spec §Jobs and schedule, issue 10: a night killed outright (SIGKILL) at random points of every step — while
 * the schema is created, in an import's load and merge, in the ruling, the summary and the feed — and each time
 * started again at once with the same command, continues from its last commit with no wait: the end is the
 * same feed, byte for byte, as a clean run's, and exactly one delivery. A run frozen while it holds the lease
 * makes a second start refuse with exit code 4 ("already running").
 * <p>
 * One chain of kills per test in CI (a few minutes); {@code -Ddingkao.kill.chains=N} runs N chains with other
 * random points. {@code -Ddingkao.kill.seed=S} repeats a chain.
 */
abstract class KillAndResumeScenarios {

	static final String DATE = "2026-08-11";

	/** Small chunks and slices, so that every step commits many times and a kill can fall between commits. */
	static final String[] SMALL_COMMITS = { "--dingkao.progress.interval=100ms", "--dingkao.import.chunk-size=100",
			"--dingkao.import.merge-slice-rows=50", "--dingkao.rule.chunk-size=50" };

	/** The steps to kill in, by the name progress shows; the schema is killed before any step. */
	static final List<String> TARGETS = List.of("schema", ".load", ".merge", "rule.physicianRange", "summary.workbooks", "feed.deliver");

	@TempDir
	Path folder;

	/** Environment of the child processes (the database they use). */
	abstract Map<String, String> environment() throws Exception;

	/** Deliveries recorded in the database the runs used (read once every process has ended). */
	abstract long deliveries(Path data) throws Exception;

	/** A fresh, empty database for the next run. */
	abstract void freshDatabase() throws Exception;

	String[] nightly(Path data, Path out, Path input) {
		List<String> args = new ArrayList<>(List.of("nightly", "--input", input.toString(), "--out", out.toString(),
				"--data", data.toString(), "--date", DATE));
		args.addAll(List.of(SMALL_COMMITS));
		return args.toArray(String[]::new);
	}

	@Test
	@DisplayName("spec §Jobs and schedule: kill -9 at random points of every step, the same command at once: clean run's feed, one delivery")
	void killedAtEveryStepAndResumed() throws Exception {
		Path input = this.folder.resolve("input");
		GenerateCommand.run(1200, 17, input, Cycle.regular(2026), false,
				new java.io.PrintStream(java.io.OutputStream.nullOutputStream()));
		freshDatabase();
		Path cleanData = this.folder.resolve("clean-data");
		Path cleanOut = this.folder.resolve("clean-out");
		DingkaoProcess clean = DingkaoProcess.run(this.folder, environment(), nightly(cleanData, cleanOut, input));
		assertThat(clean.exitCode()).as(clean.stderr()).isZero();
		byte[] cleanFeed = Files.readAllBytes(feedCsv(cleanOut));

		int chains = Integer.getInteger("dingkao.kill.chains", 1);
		long seed = Long.getLong("dingkao.kill.seed", System.nanoTime());
		for (int chain = 0; chain < chains; chain++) {
			Random random = new Random(seed + chain);
			freshDatabase();
			Path data = this.folder.resolve("data-" + chain);
			Path out = this.folder.resolve("out-" + chain);
			List<String> hits = new ArrayList<>();
			DingkaoProcess run = null;
			for (int t = 0; t < TARGETS.size(); t++) {
				String target = TARGETS.get(t);
				if (run == null) {
					run = DingkaoProcess.start(this.folder, environment(), nightly(data, out, input));
				}
				if (target.equals("schema")) {
					// during start-up (schema, migrations), at the latest as the first step shows
					run.awaitStderr(line -> line.contains(" · "), Duration.ofMillis(300 + random.nextInt(2500)));
				}
				else {
					// wait for this step, or a later job step when this one went by between two progress lines (a
					// small merge can take less than one): then the same run goes on to the next target. The import's
					// .load and .merge alternate kind by kind, so they wait for each other's kinds.
					List<String> fromHere = new ArrayList<>(List.of(target));
					TARGETS.subList(t + 1, TARGETS.size()).stream().filter(later -> !later.startsWith(".")).forEach(fromHere::add);
					run.awaitStderr(line -> line.contains(" · ") && fromHere.stream().anyMatch(line::contains),
							Duration.ofMinutes(3));
					if (!run.alive()) {
						run = null;
						continue;
					}
					if (run.stderrLines().stream().noneMatch(line -> line.contains(" · ") && line.contains(target))) {
						continue;
					}
					// the import's steps are short at this size: kill early in them, so the merges still lie ahead; the
					// ruling and the workbooks take about a second at this size since issue 26 made them cheaper
					Thread.sleep(random.nextInt(target.equals("feed.deliver") ? 150
							: target.startsWith(".") ? 400 : target.equals("summary.workbooks") ? 300 : 500));
				}
				if (target.equals("summary.workbooks") && run.alive()) {
					refusedWhileAlive(run, data, out, input);
				}
				boolean wasAlive = run.alive();
				run.kill();
				assertThat(run.printedTrace()).as(run.stderr()).isFalse();
				if (wasAlive) {
					hits.add(target);
				}
				run = null;
			}
			if (run != null) {
				run.waitFor(Duration.ofMinutes(3));
			}
			DingkaoProcess resumed = DingkaoProcess.run(this.folder, environment(), nightly(data, out, input));
			assertThat(resumed.exitCode()).as("seed %d: %s", seed, resumed.stderr()).isZero();
			assertThat(resumed.printedTrace()).isFalse();
			assertThat(hits).as("seed %d: steps the kills fell in", seed)
				.contains("schema", ".load", ".merge", "rule.physicianRange", "summary.workbooks");
			assertThat(Files.readAllBytes(feedCsv(out))).as("seed %d: the feed after kills %s", seed, hits)
				.isEqualTo(cleanFeed);
			try (Stream<Path> files = Files.list(out.resolve("feed/2026"))) {
				assertThat(files.map(file -> file.getFileName().toString()))
					.containsExactlyInAnyOrder("DK_2026_20260811_0001.csv", "DK_2026_20260811_0001.csv.manifest.json");
			}
			assertThat(deliveries(data)).isEqualTo(1);
		}
	}

	/** While a frozen run holds the lease, the same command is refused as already running (exit 4). */
	private void refusedWhileAlive(DingkaoProcess run, Path data, Path out, Path input) throws Exception {
		run.freeze();
		DingkaoProcess second = DingkaoProcess.run(this.folder, environment(), nightly(data, out, input));
		assertThat(second.exitCode()).as(second.stderr()).isEqualTo(ExitCodes.ALREADY_RUNNING);
		assertThat(second.lastStderrLine()).startsWith("dingkao: ").contains("running").contains("完整日志");
		assertThat(second.printedTrace()).isFalse();
	}

	static Path feedCsv(Path out) throws Exception {
		return out.resolve("feed/2026/DK_2026_20260811_0001.csv");
	}

}
