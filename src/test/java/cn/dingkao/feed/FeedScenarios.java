package cn.dingkao.feed;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

import cn.dingkao.ruling.Cycle;
import cn.dingkao.testing.ResultFixtures;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/** The feed job's behaviour, run on H2 and on MySQL by the subclasses. */
abstract class FeedScenarios {

	static final LocalDate AFTER_CLOSE = LocalDate.of(2026, 8, 11);

	static final AtomicInteger RUNS = new AtomicInteger();

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	JobOperator jobOperator;

	@Autowired
	Job feedJob;

	@Autowired
	FeedDeliveries deliveries;

	Path out;

	ResultFixtures fixtures;

	@BeforeEach
	void setUp() throws Exception {
		this.out = Files.createTempDirectory("feed");
		this.fixtures = new ResultFixtures(this.jdbc, Cycle.regular(2026)).clear();
		this.fixtures.institution("ORG-DX-1", "北京市大兴区人民医院", "110115");
		this.fixtures.physician("110105199001011234", "张三", "ORG-DX-1", "110115").insert();
		this.fixtures.physician("11010519850202567X", "Li, \"Lei\"", "ORG-DX-1", "110115")
			.failed("FAIL", "EXAM_FAIL")
			.simplified()
			.insert();
		this.fixtures.physician("H01234567", "陈大文", "ORG-DX-1", "110115").certType("HMT").notRegistered().insert();
		this.fixtures.physician("110115198001010011", "赵六", "ORG-DX-1", "110115").hidden().insert();
	}

	@Test
	@DisplayName("spec §Registry feed: exact bytes — header, byte order, UTF-8 without BOM, LF, minimal quoting, HIDDEN left out")
	void writesTheExactFile() throws Exception {
		FeedDelivery delivery = deliver("FULL", AFTER_CLOSE, false);

		String expected = """
				cert_type,cert_no,name,cycle_year,outcome_code,outcome,ethics,performance,business,specialty,main_org_code,simplified,reasons,decided_on
				RESIDENT,11010519850202567X,"Li, ""Lei\"\"",2026,2,不合格,PASS,PASS,FAIL,内科专业,ORG-DX-1,Y,EXAM_FAIL,2026-08-11
				RESIDENT,110105199001011234,张三,2026,1,合格,PASS,PASS,PASS,内科专业,ORG-DX-1,N,,2026-08-11
				HMT,H01234567,陈大文,2026,3,未参加,MISSING,MISSING,MISSING,,ORG-DX-1,N,NOT_REGISTERED,2026-08-11
				""";
		byte[] bytes = Files.readAllBytes(file(delivery));
		assertThat(bytes).isEqualTo(expected.getBytes(StandardCharsets.UTF_8));
		assertThat(delivery.getFileName()).isEqualTo("DK_2026_20260811_0001.csv");
		assertThat(bytes[0]).isEqualTo((byte) 'c');
		assertThat(new String(bytes, StandardCharsets.UTF_8)).doesNotContain("\r").endsWith("\n");
	}

	@Test
	@DisplayName("spec §Registry feed: manifest beside the file with file, rows (data rows only), sha256, cycle, sequence, mode, generated_at")
	void writesTheManifest() throws Exception {
		FeedDelivery delivery = deliver("FULL", AFTER_CLOSE, false);

		String manifest = Files.readString(file(delivery).resolveSibling(delivery.getFileName() + ".manifest.json"));
		String sha = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file(delivery))));
		JsonNode json = JsonMapper.builder().build().readTree(manifest);
		assertThat(json.propertyNames()).containsExactly("file", "rows", "sha256", "cycle", "sequence", "mode",
				"generated_at");
		assertThat(json.get("file").asString()).isEqualTo("DK_2026_20260811_0001.csv");
		assertThat(json.get("rows").isIntegralNumber()).isTrue();
		assertThat(json.get("rows").asLong()).as("data rows, not the header").isEqualTo(3);
		assertThat(json.get("sha256").asString()).isEqualTo(sha);
		assertThat(json.get("cycle").asInt()).isEqualTo(2026);
		assertThat(json.get("sequence").asInt()).isEqualTo(1);
		assertThat(json.get("mode").asString()).isEqualTo("FULL");
		assertThat(OffsetDateTime.parse(json.get("generated_at").asString()).getOffset()).isEqualTo(ZoneOffset.ofHours(8));
		assertThat(delivery.getSha256()).isEqualTo(sha);
		try (var files = Files.list(file(delivery).getParent())) {
			assertThat(files.map(path -> path.getFileName().toString())).as("no temp file left")
				.containsExactlyInAnyOrder("DK_2026_20260811_0001.csv", "DK_2026_20260811_0001.csv.manifest.json");
		}
	}

	@Test
	@DisplayName("spec §Registry feed: the same inputs give a byte-identical FULL file; sequence numbers count 1, 2")
	void sameInputsSameBytes() throws Exception {
		FeedDelivery first = deliver("FULL", AFTER_CLOSE, false);
		FeedDelivery second = deliver("FULL", AFTER_CLOSE, false);

		assertThat(first.getSeqNo()).isEqualTo(1);
		assertThat(second.getSeqNo()).isEqualTo(2);
		assertThat(Files.readAllBytes(file(second))).isEqualTo(Files.readAllBytes(file(first)));
		assertThat(second.getSha256()).isEqualTo(first.getSha256());
	}

	@Test
	@DisplayName("issue 26: a FULL on a later date from unchanged results is the last FULL with the new decided_on — its bytes as written from the results; a changed result is written from the results")
	void unchangedFullCopiesTheLastWithTheNewDate() throws Exception {
		// a quoted field holding a line feed: a record does not end there
		this.fixtures.physician("110105199001019999", "王\n五", "ORG-DX-1", "110115").insert();
		FeedDelivery first = deliver("FULL", AFTER_CLOSE, false);
		FeedDelivery second = deliver("FULL", AFTER_CLOSE.plusDays(1), false);

		String firstText = Files.readString(file(first), StandardCharsets.UTF_8);
		assertThat(firstText).contains("\"王\n五\"");
		assertThat(Files.readString(file(second), StandardCharsets.UTF_8))
			.isEqualTo(firstText.replace(",2026-08-11\n", ",2026-08-12\n"));
		assertThat(second.getBasis()).isNotNull().isEqualTo(first.getBasis());
		assertThat(second.getRowCount()).isEqualTo(first.getRowCount());
		assertThat(second.getSha256()).isEqualTo(HexFormat.of()
			.formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file(second)))));
		// the delivered state is still the results': a DELTA now holds nothing
		assertThat(deliver("DELTA", AFTER_CLOSE.plusDays(1), false).getRowCount()).isZero();

		// the ruling writes a changed result with a new version, its run and its time
		this.jdbc.update("UPDATE result SET name = '张三丰', version = version + 1, run_id = 2, updated_at = ? "
				+ "WHERE cert_no = '110105199001011234'", java.time.LocalDateTime.now());
		FeedDelivery third = deliver("FULL", AFTER_CLOSE.plusDays(2), false);
		assertThat(third.getBasis()).isNotEqualTo(first.getBasis());
		assertThat(Files.readString(file(third), StandardCharsets.UTF_8)).contains(",张三丰,").endsWith(",2026-08-13\n");
		assertThat(deliver("DELTA", AFTER_CLOSE.plusDays(2), false).getRowCount()).isZero();
		// a FULL right after a DELTA, from the same results: copied, and the delivered state still right
		deliver("FULL", AFTER_CLOSE.plusDays(3), false);
		this.jdbc.update("UPDATE result SET name = '张三', version = version + 1, run_id = 3, updated_at = ? "
				+ "WHERE cert_no = '110105199001011234'", java.time.LocalDateTime.now());
		FeedDelivery delta = deliver("DELTA", AFTER_CLOSE.plusDays(4), false);
		assertThat(delta.getRowCount()).isEqualTo(1);
	}

	@Test
	@DisplayName("spec §Registry feed: rows sorted by cert_no in byte order (digits, X, letters, full-width, supplementary)")
	void sortsByteOrder() throws Exception {
		this.fixtures.clear().institution("ORG-1", "机构", "110101");
		// on H2, cert_nos with a character from U+D800 on are read apart and merged in: A😀 falls between main rows
		for (String cert : new String[] { "😀0001", "Ａ0001", "a0001", "A0001", "1101", "110X", "1100", "A中", "A😀",
				"军0001" }) {
			this.fixtures.physician(cert, "某", "ORG-1", "110101").insert();
		}
		FeedDelivery delivery = deliver("FULL", AFTER_CLOSE, false);

		List<String> certs = Files.readAllLines(file(delivery)).stream().skip(1).map(line -> line.split(",")[1]).toList();
		assertThat(certs).containsExactly("1100", "1101", "110X", "A0001", "A中", "A😀", "a0001", "军0001", "Ａ0001",
				"😀0001");
	}

	@Test
	@DisplayName("spec §Registry feed: DELTA holds exactly the changed physicians, and 撤销 (0) for one newly hidden")
	void deltaHoldsTheChanges() throws Exception {
		deliver("FULL", AFTER_CLOSE, false);
		this.jdbc.update("UPDATE result SET outcome_code = 1, business = 'PASS', reasons = '' WHERE cert_no = '11010519850202567X'");
		this.jdbc.update("UPDATE result SET decided_on = '2026-08-12' WHERE cert_no = '110105199001011234'");
		this.jdbc.update("UPDATE result SET outcome_code = 0, ethics = 'MISSING', performance = 'MISSING', business = 'MISSING',"
				+ " reasons = '' WHERE cert_no = 'H01234567'");

		FeedDelivery delta = deliver("DELTA", AFTER_CLOSE.plusDays(1), false);

		assertThat(delta.getSeqNo()).isEqualTo(2);
		assertThat(delta.getFeedMode()).isEqualTo(FeedMode.DELTA);
		assertThat(Files.readAllLines(file(delta))).containsExactly(String.join(",", FeedRow.HEADER),
				"RESIDENT,11010519850202567X,\"Li, \"\"Lei\"\"\",2026,1,合格,PASS,PASS,PASS,内科专业,ORG-DX-1,Y,,2026-08-12",
				"HMT,H01234567,陈大文,2026,0,撤销,MISSING,MISSING,MISSING,,ORG-DX-1,N,,2026-08-12");
		assertThat(delta.getRowCount()).isEqualTo(2);

		FeedDelivery nothingNew = deliver("DELTA", AFTER_CLOSE.plusDays(2), false);
		assertThat(nothingNew.getRowCount()).as("a revoked physician is not revoked twice").isZero();
		// only the difference was recorded: the changed row carries the DELTA's sequence, an unchanged one the FULL's
		assertThat(this.jdbc.queryForObject("SELECT seq_no FROM feed_delivered_row WHERE cert_no = '11010519850202567X'",
				Integer.class)).isEqualTo(2);
		assertThat(this.jdbc.queryForObject("SELECT seq_no FROM feed_delivered_row WHERE cert_no = '110105199001011234'",
				Integer.class)).isEqualTo(1);
		assertThat(this.jdbc.queryForObject("SELECT COUNT(*) FROM feed_delivered_row WHERE cert_no = 'H01234567'",
				Integer.class)).as("a revoked physician is no longer delivered").isZero();
	}

	@Test
	@DisplayName("spec §Registry feed: sequence numbers never repeat or skip when runs race")
	void concurrentRunsTakeConsecutiveSequences() throws Exception {
		int runs = 4;
		ExecutorService pool = Executors.newFixedThreadPool(runs);
		try {
			List<Future<FeedDelivery>> futures = new ArrayList<>();
			for (int i = 0; i < runs; i++) {
				futures.add(pool.submit((Callable<FeedDelivery>) () -> deliver("FULL", AFTER_CLOSE, false)));
			}
			List<Integer> sequences = new ArrayList<>();
			for (Future<FeedDelivery> future : futures) {
				sequences.add(future.get().getSeqNo());
			}
			assertThat(sequences).containsExactlyInAnyOrder(1, 2, 3, 4);
		}
		finally {
			pool.shutdown();
		}
		assertThat(this.deliveries.ofCycle(Cycle.regular(2026))).extracting(FeedDelivery::getSeqNo).containsExactly(1, 2, 3, 4);
	}

	@Test
	@DisplayName("spec §Timeline: the feed refuses to run on or before the CLOSE date, and says why; force overrides")
	void refusesBeforeClose() throws Exception {
		JobExecution refused = run("FULL", LocalDate.of(2026, 8, 10), false);

		assertThat(refused.getStatus()).isEqualTo(BatchStatus.FAILED);
		assertThat(refused.getAllFailureExceptions()).singleElement()
			.satisfies(ex -> assertThat(ex.getMessage()).contains("考核通道关闭日期 2026-08-10", "not after the CLOSE date"));
		assertThat(this.deliveries.ofCycle(Cycle.regular(2026))).isEmpty();

		FeedDelivery forced = deliver("FULL", LocalDate.of(2026, 8, 10), true);
		assertThat(forced.getSeqNo()).isEqualTo(1);
	}

	@Test
	@DisplayName("spec §Jobs: a delivery already written by a job instance is not written again on restart")
	void restartDoesNotDeliverAgain() throws Exception {
		JobExecution first = run("FULL", AFTER_CLOSE, false);
		FeedDelivery delivery = this.deliveries.byJobInstance(first.getJobInstance().getInstanceId()).orElseThrow();
		// as if the process died after the commit, before the step finished: the step runs once more
		this.jdbc.update("UPDATE BATCH_STEP_EXECUTION SET STATUS = 'FAILED' WHERE JOB_EXECUTION_ID = ?", first.getId());
		this.jdbc.update("UPDATE BATCH_JOB_EXECUTION SET STATUS = 'FAILED', EXIT_CODE = 'FAILED' WHERE JOB_EXECUTION_ID = ?",
				first.getId());
		Files.move(file(delivery), FeedFiles.temp(file(delivery).getParent(), delivery.getFileName()));

		JobExecution restarted = this.jobOperator.restart(first);

		assertThat(restarted.getStatus()).isEqualTo(BatchStatus.COMPLETED);
		assertThat(this.deliveries.ofCycle(Cycle.regular(2026))).hasSize(1);
		assertThat(file(delivery)).exists();
	}

	FeedDelivery deliver(String mode, LocalDate date, boolean force) throws Exception {
		JobExecution execution = run(mode, date, force);
		assertThat(execution.getStatus()).as(execution.getAllFailureExceptions().toString()).isEqualTo(BatchStatus.COMPLETED);
		return this.deliveries.byJobInstance(execution.getJobInstance().getInstanceId()).orElseThrow();
	}

	JobExecution run(String mode, LocalDate date, boolean force) throws Exception {
		return this.jobOperator.start(this.feedJob, new JobParametersBuilder().addString("cycle", "2026")
			.addLocalDate("date", date)
			.addString("feedMode", mode)
			.addLong("run", (long) RUNS.incrementAndGet() + System.nanoTime())
			.addString("out", this.out.toString(), false)
			.addString("force", String.valueOf(force), false)
			.toJobParameters());
	}

	Path file(FeedDelivery delivery) {
		return this.out.resolve("feed").resolve("2026").resolve(delivery.getFileName());
	}

}
