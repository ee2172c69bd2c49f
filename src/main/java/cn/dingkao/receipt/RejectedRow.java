package cn.dingkao.receipt;

import cn.dingkao.ruling.Cycle;
import cn.dingkao.summary.CertMask;

/**
 * A physician the registry holds as rejected (their latest answered delivery was 未入库), with what happens next:
 * {@code deliveredSeq} is the delivery that last changed their delivered row, {@code changed} whether their current
 * row differs from it (the next DELTA carries them).
 */
public record RejectedRow(Cycle cycleYear, String certNo, String name, int seqNo, int outcomeCode, String reasonCode,
		String reason, Integer deliveredSeq, boolean changed) {

	public String maskedCertNo() {
		return CertMask.mask(certNo);
	}

	public String reasonText() {
		return new ReasonCount(cycleYear, seqNo, reasonCode, reason, 1).text();
	}

	/** What happens to the physician next, in a sentence for the city office. */
	public String next() {
		if (deliveredSeq != null && deliveredSeq > seqNo) {
			return "已在第 " + deliveredSeq + " 次交付中重新报送，待回执";
		}
		if (changed) {
			return "数据已变更，下次增量报送时重新报送";
		}
		return "数据未变：核实后以 feed --delta --resend-rejected 重新报送";
	}

}
