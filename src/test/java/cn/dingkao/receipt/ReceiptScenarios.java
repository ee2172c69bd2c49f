package cn.dingkao.receipt;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

import cn.dingkao.feed.FeedDeliveries;
import cn.dingkao.feed.FeedDelivery;
import cn.dingkao.reconcile.Explainer;
import cn.dingkao.ruling.Cycle;
import cn.dingkao.testing.ResultFixtures;
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
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Importing the registry's receipt (spec "The registry's receipt") against real deliveries written by the feed job,
 * on H2 and on MySQL by the subclasses.
 */
abstract class ReceiptScenarios {

	static final LocalDate AFTER_CLOSE = LocalDate.of(2026, 8, 11);

	static final String ZHANG = "110105199001011234";

	static final String LI = "11010519850202567X";

	static final String CHEN = "H01234567";

	static final String HEADER = "cert_no,status,reason_code,reason\n";

	static final AtomicLong RUNS = new AtomicLong();

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	JobOperator jobOperator;

	@Autowired
	Job feedJob;

	@Autowired
	FeedDeliveries deliveries;

	@Autowired
	Receipts receipts;

	@Autowired
	RegistryAnswers answers;

	@Autowired
	Explainer explainer;

	Path out;

	ResultFixtures fixtures;

	@BeforeEach
	void setUp() throws Exception {
		this.out = Files.createTempDirectory("receipt");
		this.fixtures = new ResultFixtures(this.jdbc, Cycle.regular(2026)).clear();
		this.fixtures.institution("ORG-DX-1", "北京市大兴区人民医院", "110115");
		this.fixtures.physician(ZHANG, "张三", "ORG-DX-1", "110115").insert();
		this.fixtures.physician(LI, "李四", "ORG-DX-1", "110115").failed("FAIL", "EXAM_FAIL").insert();
		this.fixtures.physician(CHEN, "陈大文", "ORG-DX-1", "110115").certType("HMT").notRegistered().insert();
		this.fixtures.physician("110115198001010011", "赵六", "ORG-DX-1", "110115").hidden().insert();
	}

	@Test
	@DisplayName("spec §Receipt: all ACCEPTED — recorded per physician, counted per delivery, explained")
	void allAccepted() throws Exception {
		FeedDelivery full = deliver("FULL", false);
		Path receipt = receipt(full, HEADER + ZHANG + ",ACCEPTED,,\n" + LI + ",ACCEPTED,,\n" + CHEN + ",accepted,,\n");

		CheckedReceipt checked = this.receipts.check(receipt, receipt.getFileName().toString());
		assertThat(this.receipts.record(checked, "test")).isTrue();

		assertThat(checked.rows()).isEqualTo(3);
		assertThat(checked.accepted()).isEqualTo(3);
		assertThat(checked.rejected()).isZero();
		ReceiptRecord recorded = this.answers.receipts().get(RegistryAnswers.key(Cycle.regular(2026), 1));
		assertThat(recorded).isNotNull();
		assertThat(recorded.accepted()).isEqualTo(3);
		assertThat(recorded.rejected()).isZero();
		assertThat(recorded.sha256()).isEqualTo(checked.sha256());
		assertThat(statuses()).containsExactlyInAnyOrderEntriesOf(Map.of(ZHANG, "ACCEPTED", LI, "ACCEPTED", CHEN, "ACCEPTED"));
		assertThat(count("registry_rejection")).isZero();
		assertThat(this.answers.countRejected()).isZero();
		assertThat(explain(ZHANG)).contains("电子化注册系统回执：第 1 次交付 DK_2026_20260811_0001.csv（报送结果：合格）已入库");
		assertThat(explain("110115198001010011")).contains("尚未报送该医师");
	}

	@Test
	@DisplayName("spec §Receipt: some REJECTED — the reason kept, the physician listed for the city office, masked")
	void someRejected() throws Exception {
		FeedDelivery full = deliver("FULL", false);
		Path receipt = receipt(full, HEADER + CHEN + ",REJECTED,CERT_UNKNOWN,证件号码在注册系统中不存在\n" + ZHANG + ",ACCEPTED,,\n"
				+ LI + ",REJECTED,E17,\"专业无法对应, 请核实\"\n");

		CheckedReceipt checked = importReceipt(receipt);

		assertThat(checked.accepted()).isEqualTo(1);
		assertThat(checked.rejected()).isEqualTo(2);
		assertThat(statuses()).containsExactlyInAnyOrderEntriesOf(Map.of(ZHANG, "ACCEPTED", LI, "REJECTED", CHEN, "REJECTED"));
		assertThat(this.jdbc.queryForList("SELECT cert_no, line_no, reason_code, reason, outcome_code FROM registry_rejection"
				+ " ORDER BY line_no")).extracting(row -> row.get("cert_no") + "|" + row.get("line_no") + "|"
						+ row.get("reason_code") + "|" + row.get("reason") + "|" + row.get("outcome_code"))
			.containsExactly(CHEN + "|2|CERT_UNKNOWN|证件号码在注册系统中不存在|3", LI + "|4|E17|专业无法对应, 请核实|2");
		assertThat(this.answers.reasons().get(RegistryAnswers.key(Cycle.regular(2026), 1))).extracting(ReasonCount::text)
			.containsExactlyInAnyOrder("CERT_UNKNOWN 证件号码在注册系统中不存在", "E17 专业无法对应, 请核实");
		List<RejectedRow> rejected = this.answers.rejected(50, 0);
		assertThat(rejected).extracting(RejectedRow::maskedCertNo).containsExactlyInAnyOrder("*****4567", "110105********567X");
		assertThat(rejected).extracting(RejectedRow::name).containsExactlyInAnyOrder("陈大文", "李四");
		assertThat(rejected).extracting(RejectedRow::next).containsOnly("数据未变：核实后以 feed --delta --resend-rejected 重新报送");
		assertThat(explain(LI)).contains("（报送结果：不合格）未入库，原因：E17 专业无法对应, 请核实", "下一步：数据未变");
	}

	@Test
	@DisplayName("spec §Receipt: a delivered row missing from the receipt refuses it whole, naming the delivery's line")
	void deliveredRowMissing() throws Exception {
		FeedDelivery full = deliver("FULL", false);
		Path receipt = receipt(full, HEADER + ZHANG + ",ACCEPTED,,\n" + CHEN + ",ACCEPTED,,\n");

		assertThatThrownBy(() -> importReceipt(receipt)).isInstanceOf(ReceiptRefusedException.class)
			.hasMessageContaining("DK_2026_20260811_0001.receipt.csv")
			.hasMessageContaining("交付 DK_2026_20260811_0001.csv 第 2 行（证件号码 110105********567X）在回执中没有对应的行")
			.hasMessageContaining("has no row in the receipt")
			.hasMessageNotContaining(LI);
		assertNothingRecorded();
	}

	@Test
	@DisplayName("spec §Receipt: a cert_no that was not delivered refuses the receipt whole, naming its line")
	void certNotDelivered() throws Exception {
		FeedDelivery full = deliver("FULL", false);
		// the hidden physician is not in the feed: the registry cannot have answered for them
		Path receipt = receipt(full, HEADER + ZHANG + ",ACCEPTED,,\n" + LI + ",ACCEPTED,,\n" + CHEN + ",ACCEPTED,,\n"
				+ "110115198001010011,ACCEPTED,,\n");

		assertThatThrownBy(() -> importReceipt(receipt)).isInstanceOf(ReceiptRefusedException.class)
			.hasMessageContaining("第 5 行：证件号码 110115********0011 不在交付 DK_2026_20260811_0001.csv 中")
			.hasMessageContaining("line 5: cert_no 110115********0011 was not in the delivery");
		assertNothingRecorded();
	}

	@Test
	@DisplayName("spec §Receipt: importing the same receipt again changes nothing; a different answer to it is refused")
	void secondImport() throws Exception {
		FeedDelivery full = deliver("FULL", false);
		Path receipt = receipt(full, HEADER + ZHANG + ",ACCEPTED,,\n" + LI + ",REJECTED,E1,x\n" + CHEN + ",ACCEPTED,,\n");
		importReceipt(receipt);
		List<Map<String, Object>> before = snapshot();

		CheckedReceipt again = this.receipts.check(receipt, receipt.getFileName().toString());
		assertThat(again.alreadyImported()).isTrue();
		assertThat(this.receipts.record(again, "someone else")).isFalse();
		assertThat(snapshot()).isEqualTo(before);

		Path different = receipt(full, HEADER + ZHANG + ",ACCEPTED,,\n" + LI + ",ACCEPTED,,\n" + CHEN + ",ACCEPTED,,\n");
		assertThatThrownBy(() -> importReceipt(different)).isInstanceOf(ReceiptRefusedException.class)
			.hasMessageContaining("该次交付已有另一份回执");
		assertThat(snapshot()).isEqualTo(before);
	}

	@Test
	@DisplayName("spec §Receipt: a receipt for no such delivery, or of a delivery whose file changed or is gone, is refused")
	void noSuchDelivery() throws Exception {
		FeedDelivery full = deliver("FULL", false);
		Path elsewhere = Files.createTempDirectory("elsewhere");
		Path wrongDate = elsewhere.resolve("DK_2026_20260812_0001.receipt.csv");
		Files.writeString(wrongDate, HEADER);
		assertThatThrownBy(() -> importReceipt(wrongDate)).hasMessageContaining("没有这次交付：DK_2026_20260812_0001.csv 从未交付")
			.hasMessageContaining("delivery 1 of 2026 is DK_2026_20260811_0001.csv");
		Path unknownSeq = elsewhere.resolve("DK_2026_20260811_0007.receipt.csv");
		Files.writeString(unknownSeq, HEADER);
		assertThatThrownBy(() -> importReceipt(unknownSeq)).hasMessageContaining("no such delivery");
		Path badName = elsewhere.resolve("receipt.csv");
		Files.writeString(badName, HEADER);
		assertThatThrownBy(() -> importReceipt(badName)).hasMessageContaining("DK_<cycle>_<yyyyMMdd>_<seq>.receipt.csv");

		Path receipt = receipt(full, HEADER + ZHANG + ",ACCEPTED,,\n" + LI + ",ACCEPTED,,\n" + CHEN + ",ACCEPTED,,\n");
		Path deliveryFile = Path.of(full.getFolder()).resolve(full.getFileName());
		byte[] delivered = Files.readAllBytes(deliveryFile);
		Files.writeString(deliveryFile, new String(delivered, StandardCharsets.UTF_8).replace("张三", "张叁"));
		assertThatThrownBy(() -> importReceipt(receipt)).hasMessageContaining("与交付时记录的 SHA-256 不符");
		Files.delete(deliveryFile);
		assertThatThrownBy(() -> importReceipt(receipt)).hasMessageContaining("找不到所回复的交付文件");
		assertNothingRecorded();
	}

	@Test
	@DisplayName("spec §Receipt: a malformed receipt is refused whole with its reason and line, never a crash")
	void malformedReceipts() throws Exception {
		FeedDelivery full = deliver("FULL", false);
		String rows = ZHANG + ",ACCEPTED,,\n" + LI + ",ACCEPTED,,\n" + CHEN + ",ACCEPTED,,\n";
		Map<String, String> cases = Map.of(
				"cert_no,result,reason_code,reason\n" + rows, "表头应为 cert_no,status,reason_code,reason，实为 cert_no,result",
				"", "文件为空",
				HEADER + ZHANG + ",ACCEPTED,,\n" + LI + ",ACCEPTED,,\n" + ZHANG + ",REJECTED,E,x\n" + CHEN + ",ACCEPTED,,\n",
				"第 4 行：证件号码 110105********1234 重复（第 2 行已有）",
				HEADER + ZHANG + ",ACCEPTED,,\n" + LI + ",OK,,\n" + CHEN + ",ACCEPTED,,\n", "第 3 行：状态应为 ACCEPTED 或 REJECTED，实为 OK",
				HEADER + ZHANG + ",ACCEPTED,\n" + LI + ",ACCEPTED,,\n" + CHEN + ",ACCEPTED,,\n", "第 2 行：应有 4 个字段，实有 3 个",
				HEADER + ZHANG + ",ACCEPTED,,\"open\n" + LI + ",ACCEPTED,,\n" + CHEN + ",ACCEPTED,,\n", "CSV 格式错误",
				HEADER + ",ACCEPTED,,\n" + rows, "第 2 行：证件号码为空");
		for (Map.Entry<String, String> c : cases.entrySet()) {
			Path receipt = receipt(full, c.getKey());
			assertThatThrownBy(() -> importReceipt(receipt)).as(c.getKey())
				.isInstanceOf(ReceiptRefusedException.class)
				.hasMessageStartingWith("回执 DK_2026_20260811_0001.receipt.csv 被拒收，未导入任何内容")
				.hasMessageContaining(c.getValue());
		}
		Path gb18030 = receipt(full, HEADER + ZHANG + ",ACCEPTED,,\n" + LI + ",REJECTED,E1,专业无法对应\n" + CHEN + ",ACCEPTED,,\n",
				Charset.forName("GB18030"));
		assertThatThrownBy(() -> importReceipt(gb18030)).hasMessageContaining("文件不是 UTF-8 编码");
		Path bom = receipt(full, "\uFEFF" + HEADER + rows);
		assertThat(importReceipt(bom).accepted()).as("a BOM is tolerated").isEqualTo(3);
	}

	@Test
	@DisplayName("spec §Receipt: a rejected physician is in the next DELTA once their row changes, and in --resend-rejected")
	void rejectedPhysicianDeliveredAgain() throws Exception {
		FeedDelivery full = deliver("FULL", false);
		importReceipt(receipt(full, HEADER + ZHANG + ",ACCEPTED,,\n" + LI + ",REJECTED,E17,专业无法对应\n" + CHEN
				+ ",REJECTED,CERT_UNKNOWN,证件号码不存在\n"));

		FeedDelivery unchanged = deliver("DELTA", false);
		assertThat(certs(unchanged)).as("an unchanged rejected row is not sent again by itself").isEmpty();

		this.jdbc.update("UPDATE application SET specialty = '全科医学专业' WHERE cert_no = ?", LI);
		assertThat(this.answers.rejected(50, 0)).filteredOn(row -> row.certNo().equals(LI))
			.extracting(RejectedRow::next)
			.containsExactly("数据已变更，下次增量报送时重新报送");
		FeedDelivery changed = deliver("DELTA", false);
		assertThat(certs(changed)).containsExactly(LI);
		assertThat(this.answers.rejected(50, 0)).filteredOn(row -> row.certNo().equals(LI))
			.extracting(RejectedRow::next)
			.containsExactly("已在第 3 次交付中重新报送，待回执");

		FeedDelivery resend = deliver("DELTA", true);
		assertThat(certs(resend)).as("every physician whose latest answer is REJECTED, changed or not").containsExactly(LI, CHEN);

		importReceipt(receipt(changed, HEADER + LI + ",ACCEPTED,,\n"));
		assertThat(statuses()).containsEntry(LI, "ACCEPTED").containsEntry(CHEN, "REJECTED");
		assertThat(explain(LI)).contains("第 3 次交付 DK_2026_20260811_0003.csv（报送结果：不合格）已入库",
				"此前：第 1 次交付 DK_2026_20260811_0001.csv未入库，原因：E17 专业无法对应");
		FeedDelivery afterwards = deliver("DELTA", true);
		assertThat(certs(afterwards)).containsExactly(CHEN);
	}

	@Test
	@DisplayName("spec §Receipt: a receipt of an older delivery imported late keeps the newer answer")
	void olderReceiptImportedLate() throws Exception {
		FeedDelivery first = deliver("FULL", false);
		FeedDelivery second = deliver("FULL", false);
		importReceipt(receipt(second, HEADER + ZHANG + ",ACCEPTED,,\n" + LI + ",ACCEPTED,,\n" + CHEN + ",ACCEPTED,,\n"));
		importReceipt(receipt(first, HEADER + ZHANG + ",REJECTED,E1,x\n" + LI + ",ACCEPTED,,\n" + CHEN + ",ACCEPTED,,\n"));

		assertThat(statuses()).containsEntry(ZHANG, "ACCEPTED");
		assertThat(this.jdbc.queryForObject("SELECT seq_no FROM registry_answer WHERE cert_no = ?", Integer.class, ZHANG))
			.isEqualTo(2);
		assertThat(count("registry_rejection")).as("the older delivery's rejection is kept as history").isOne();
		assertThat(explain(ZHANG)).contains("第 2 次交付", "已入库", "此前：第 1 次交付");
	}

	@Test
	@DisplayName("spec §Receipt, §Re-assessment: the receipt of a 2026R delivery, beside 2026's")
	void reassessmentCycle() throws Exception {
		importReceipt(receipt(deliver("FULL", false), HEADER + ZHANG + ",ACCEPTED,,\n" + LI + ",REJECTED,E1,x\n" + CHEN
				+ ",ACCEPTED,,\n"));
		ResultFixtures reassessment = new ResultFixtures(this.jdbc, Cycle.of("2026R"));
		this.jdbc.update("DELETE FROM physician WHERE cert_no = ?", LI);
		reassessment.physician(LI, "李四", "ORG-DX-1", "110115").insert();

		FeedDelivery delivery = deliver(Cycle.of("2026R"), "FULL", false);
		assertThat(delivery.getFileName()).isEqualTo("DK_2026R_20260811_0001.csv");
		CheckedReceipt checked = importReceipt(receipt(delivery, HEADER + LI + ",ACCEPTED,,\n"));

		assertThat(checked.cycle()).isEqualTo(Cycle.of("2026R"));
		assertThat(this.jdbc.queryForList("SELECT cycle_year, status FROM registry_answer WHERE cert_no = ? ORDER BY cycle_year",
				LI)).extracting(row -> row.get("cycle_year") + ":" + row.get("status"))
			.containsExactly("2026:REJECTED", "2026R:ACCEPTED");
		assertThat(String.join("\n", this.answers.explain(Cycle.of("2026R"), LI)))
			.contains("第 1 次交付 DK_2026R_20260811_0001.csv（报送结果：合格）已入库");
	}

	CheckedReceipt importReceipt(Path receipt) {
		CheckedReceipt checked = this.receipts.check(receipt, receipt.getFileName().toString());
		this.receipts.record(checked, "test");
		return checked;
	}

	/** Writes a receipt for the delivery in a folder of its own (as the registry's answer arrives). */
	Path receipt(FeedDelivery delivery, String text) throws Exception {
		return receipt(delivery, text, StandardCharsets.UTF_8);
	}

	Path receipt(FeedDelivery delivery, String text, Charset charset) throws Exception {
		Path folder = Files.createTempDirectory("registry");
		Path file = folder.resolve(delivery.getFileName().replace(".csv", ".receipt.csv"));
		Files.write(file, text.getBytes(charset));
		return file;
	}

	FeedDelivery deliver(String mode, boolean resendRejected) throws Exception {
		return deliver(Cycle.regular(2026), mode, resendRejected);
	}

	FeedDelivery deliver(Cycle cycle, String mode, boolean resendRejected) throws Exception {
		JobParametersBuilder parameters = new JobParametersBuilder().addString("cycle", cycle.code())
			.addLocalDate("date", AFTER_CLOSE)
			.addString("feedMode", mode)
			.addLong("run", RUNS.incrementAndGet() + System.nanoTime())
			.addString("out", this.out.toString(), false)
			.addString("force", "true", false);
		if (resendRejected) {
			parameters.addString("resendRejected", "true");
		}
		JobExecution execution = this.jobOperator.start(this.feedJob, parameters.toJobParameters());
		assertThat(execution.getStatus()).as(execution.getAllFailureExceptions().toString()).isEqualTo(BatchStatus.COMPLETED);
		return this.deliveries.byJobInstance(execution.getJobInstance().getInstanceId()).orElseThrow();
	}

	List<String> certs(FeedDelivery delivery) throws Exception {
		return Files.readAllLines(Path.of(delivery.getFolder()).resolve(delivery.getFileName()))
			.stream()
			.skip(1)
			.map(line -> line.split(",")[1])
			.toList();
	}

	Map<String, Object> statuses() {
		Map<String, Object> statuses = new java.util.HashMap<>();
		this.jdbc.queryForList("SELECT cert_no, status FROM registry_answer WHERE cycle_year = '2026'")
			.forEach(row -> statuses.put((String) row.get("cert_no"), row.get("status")));
		return statuses;
	}

	String explain(String certNo) {
		return this.explainer.explain(Cycle.regular(2026), certNo, AFTER_CLOSE).orElseThrow();
	}

	List<Map<String, Object>> snapshot() {
		List<Map<String, Object>> rows = new java.util.ArrayList<>();
		rows.addAll(this.jdbc.queryForList("SELECT * FROM registry_receipt ORDER BY cycle_year, seq_no"));
		rows.addAll(this.jdbc.queryForList("SELECT * FROM registry_answer ORDER BY cycle_year, cert_no"));
		rows.addAll(this.jdbc.queryForList("SELECT * FROM registry_rejection ORDER BY cycle_year, seq_no, cert_no"));
		return rows;
	}

	void assertNothingRecorded() {
		assertThat(count("registry_receipt") + count("registry_answer") + count("registry_rejection")).isZero();
	}

	int count(String table) {
		return this.jdbc.queryForObject("SELECT COUNT(*) FROM " + table, Integer.class);
	}

}
