package cn.dingkao.receipt;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import cn.dingkao.feed.FeedDelivery;
import cn.dingkao.ruling.Cycle;
import cn.dingkao.ruling.Outcome;
import cn.dingkao.ruling.ReceiptStatus;

import org.springframework.stereotype.Service;

/**
 * What the registry answered, for people: per delivery (the city office's feed page), the physicians it holds as
 * rejected, and one physician's story for {@code explain}.
 */
@Service
public class RegistryAnswers {

	private final ReceiptMapper mapper;

	RegistryAnswers(ReceiptMapper mapper) {
		this.mapper = mapper;
	}

	/** The key of a delivery in {@link #receipts()} and {@link #reasons()}: {@code 2026#1}. */
	public static String key(Cycle cycle, int seq) {
		return cycle.code() + "#" + seq;
	}

	/** The receipts imported, by delivery ({@link #key}). */
	public Map<String, ReceiptRecord> receipts() {
		Map<String, ReceiptRecord> receipts = new LinkedHashMap<>();
		for (ReceiptRecord receipt : this.mapper.receipts()) {
			receipts.put(key(receipt.cycleYear(), receipt.seqNo()), receipt);
		}
		return receipts;
	}

	/** The reasons of each delivery's rejected rows with their counts, most frequent first, by delivery. */
	public Map<String, List<ReasonCount>> reasons() {
		Map<String, List<ReasonCount>> reasons = new LinkedHashMap<>();
		for (ReasonCount reason : this.mapper.reasonCounts()) {
			reasons.computeIfAbsent(key(reason.cycleYear(), reason.seqNo()), k -> new ArrayList<>()).add(reason);
		}
		return reasons;
	}

	public long countRejected() {
		return this.mapper.countRejected();
	}

	/** The physicians the registry holds as rejected, newest delivery first. */
	public List<RejectedRow> rejected(int limit, long offset) {
		return this.mapper.rejected(null, null, limit, offset);
	}

	/** What the registry answered for a physician, as lines of {@code explain}. */
	public List<String> explain(Cycle cycle, String certNo) {
		List<String> lines = new ArrayList<>();
		ReceiptMapper.AnswerRow answer = this.mapper.answerOf(cycle, certNo);
		Integer delivered = this.mapper.deliveredSeq(cycle, certNo);
		if (answer == null) {
			lines.add(delivered == null ? "电子化注册系统：尚未报送该医师（无交付记录） (not delivered to the registry)"
					: "电子化注册系统：已在" + delivery(cycle, delivered) + "中报送，尚无回执 (delivered in " + delivered
							+ ", no receipt yet)");
			return lines;
		}
		ReceiptStatus status = ReceiptStatus.fromCode(answer.status()).orElseThrow(
				() -> new IllegalStateException("回执表中有未知的状态 (unknown stored receipt status): " + answer.status()));
		String what = Outcome.ofStored(answer.outcomeCode()).feedLabel();
		lines.add("电子化注册系统回执：" + delivery(cycle, answer.seqNo()) + "（报送结果：" + what + "）" + status.label()
				+ (status == ReceiptStatus.REJECTED ? "，原因：" + reason(answer) : "") + " (registry receipt: "
				+ status + ")");
		if (status == ReceiptStatus.REJECTED) {
			this.mapper.rejected(cycle, certNo, 1, 0).forEach(row -> lines.add("  下一步：" + row.next()));
		}
		else if (delivered != null && delivered > answer.seqNo()) {
			lines.add("  此后已在" + delivery(cycle, delivered) + "中再次报送，尚无回执");
		}
		for (ReceiptMapper.AnswerRow earlier : this.mapper.rejectionsOf(cycle, certNo)) {
			if (earlier.seqNo() != answer.seqNo()) {
				lines.add("  此前：" + delivery(cycle, earlier.seqNo()) + "未入库，原因：" + reason(earlier));
			}
		}
		return lines;
	}

	private String delivery(Cycle cycle, int seq) {
		FeedDelivery delivery = this.mapper.findDelivery(cycle, seq);
		return "第 " + seq + " 次交付" + (delivery == null ? "" : " " + delivery.getFileName());
	}

	private static String reason(ReceiptMapper.AnswerRow row) {
		return new ReasonCount(row.cycleYear(), row.seqNo(), row.reasonCode(), row.reason(), 1).text();
	}

}
