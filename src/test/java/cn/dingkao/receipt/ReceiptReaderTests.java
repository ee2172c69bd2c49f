package cn.dingkao.receipt;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.TreeSet;

import cn.dingkao.ruling.ReceiptStatus;
import cn.dingkao.system.CodePointOrder;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

/**
 * The receipt checker on its own (no database, no files): a receipt is taken exactly when it answers every delivered
 * row once and nothing else, whatever its order, quoting or case; any mutation of a good receipt refuses it.
 */
class ReceiptReaderTests {

	static final String NAME = "DK_2026_20260811_0001.receipt.csv";

	static final String DELIVERY = "DK_2026_20260811_0001.csv";

	@Test
	@DisplayName("spec §Receipt (property): a shuffled, quoted, any-case receipt of every delivered row is taken with its counts")
	void everyGoodReceiptIsTaken() {
		Random random = new Random(27);
		for (int run = 0; run < 300; run++) {
			List<String> certs = certs(random, random.nextInt(40));
			List<String> lines = new ArrayList<>();
			long rejected = 0;
			for (String cert : certs) {
				boolean reject = random.nextInt(4) == 0;
				rejected += reject ? 1 : 0;
				lines.add(line(random, cert, reject ? "REJECTED" : "ACCEPTED", reject ? "E" + random.nextInt(5) : "",
						reject ? "原因, \"引号\" " + random.nextInt(5) : ""));
			}
			Collections.shuffle(lines, random);
			ReceiptAnswers answers = read(String.join("", lines), certs);
			assertThat(answers.rows()).isEqualTo(certs.size());
			assertThat(answers.rejected()).as(String.join("", lines)).isEqualTo(rejected);
			assertThat(answers.accepted()).isEqualTo(certs.size() - rejected);
			for (int i = 0; i < certs.size(); i++) {
				assertThat(answers.status(i)).isNotNull();
			}
		}
	}

	@Test
	@DisplayName("spec §Receipt (property): a row dropped, repeated, foreign or with an unknown status refuses the receipt")
	void everyMutationIsRefused() {
		Random random = new Random(2027);
		for (int run = 0; run < 300; run++) {
			List<String> certs = certs(random, 1 + random.nextInt(30));
			List<String> lines = new ArrayList<>();
			for (String cert : certs) {
				lines.add(line(random, cert, random.nextBoolean() ? "ACCEPTED" : "REJECTED", "", ""));
			}
			int at = random.nextInt(lines.size());
			String expected;
			switch (random.nextInt(4)) {
				case 0 -> {
					lines.remove(at);
					expected = "在回执中没有对应的行";
				}
				case 1 -> {
					lines.add(random.nextInt(lines.size() + 1), lines.get(at));
					expected = "重复";
				}
				case 2 -> {
					lines.add(random.nextInt(lines.size() + 1), line(random, "Z" + certs.get(at), "ACCEPTED", "", ""));
					expected = "不在交付";
				}
				default -> {
					lines.set(at, certs.get(at) + ",DONE,,\n");
					expected = "状态应为 ACCEPTED 或 REJECTED";
				}
			}
			String receipt = String.join("", lines);
			assertThat(catchThrowable(() -> read(receipt, certs))).as(receipt)
				.isInstanceOf(ReceiptRefusedException.class)
				.hasMessageStartingWith("回执 " + NAME + " 被拒收")
				.hasMessageContaining(expected);
		}
	}

	@Test
	@DisplayName("spec §Receipt: the reason is kept as given, folded to one line and cut at 500 characters")
	void reasonsKept() {
		ReceiptAnswers answers = read("A1,REJECTED,E1,\"两行\r\n原因\"\nA2,REJECTED,,\"" + "长".repeat(600) + "\"\nA3,ACCEPTED,,\n",
				List.of("A1", "A2", "A3"));
		assertThat(answers.reason(0)).isEqualTo(new ReceiptAnswers.Reason("E1", "两行 原因"));
		assertThat(answers.reason(1).text()).hasSize(ReceiptReader.MAX_REASON);
		assertThat(answers.reason(2)).isEqualTo(ReceiptAnswers.Reason.NONE);
		assertThat(answers.status(2)).isEqualTo(ReceiptStatus.ACCEPTED);
	}

	@Test
	@DisplayName("spec §Receipt: an empty delivery is answered by a header alone; the faults are counted")
	void emptyDeliveryAndFaultCount() {
		assertThat(read("", List.of()).rows()).isZero();
		assertThatThrownBy(() -> read("A9,ACCEPTED,,\nA8,WHAT,,\n", List.of("A1")))
			.hasMessageContaining("第 2 行：证件号码 ** 不在交付 " + DELIVERY + " 中")
			.hasMessageContaining("共 3 处问题 (3 problems in all)");
	}

	/** Distinct cert numbers in byte order, some beyond U+FFFF where UTF-16 order differs. */
	static List<String> certs(Random random, int count) {
		String alphabet = "0123456789X中Ａ😀";
		TreeSet<String> certs = new TreeSet<>(CodePointOrder::compare);
		while (certs.size() < count) {
			StringBuilder cert = new StringBuilder();
			int length = 1 + random.nextInt(18);
			for (int i = 0; i < length; i++) {
				cert.appendCodePoint(alphabet.codePoints().toArray()[random.nextInt((int) alphabet.codePoints().count())]);
			}
			certs.add(cert.toString());
		}
		return new ArrayList<>(certs);
	}

	static String line(Random random, String cert, String status, String code, String reason) {
		String statusText = random.nextBoolean() ? status : status.toLowerCase();
		String quotedReason = reason.isEmpty() && random.nextBoolean() ? "" : "\"" + reason.replace("\"", "\"\"") + "\"";
		String certText = random.nextBoolean() ? cert : "\"" + cert + "\"";
		return certText + "," + statusText + "," + code + "," + quotedReason + (random.nextBoolean() ? "\n" : "\r\n");
	}

	static ReceiptAnswers read(String rows, List<String> certs) {
		byte[] bytes = (ReceiptScenarios.HEADER + rows).getBytes(StandardCharsets.UTF_8);
		return ReceiptReader.read(new ByteArrayInputStream(bytes), NAME, DELIVERY, DeliveredRows.of(certs, (byte) 1));
	}

}
