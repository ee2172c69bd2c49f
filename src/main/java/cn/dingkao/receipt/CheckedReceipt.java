package cn.dingkao.receipt;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import cn.dingkao.feed.FeedDelivery;
import cn.dingkao.ruling.Cycle;
import cn.dingkao.ruling.ReceiptStatus;
import cn.dingkao.summary.CertMask;

/**
 * A receipt read and found to answer its delivery exactly, not yet recorded: what importing it would record. When
 * {@link #previous()} is set, the same receipt was imported before and importing it again changes nothing.
 */
public final class CheckedReceipt {

	private final ReceiptName name;

	private final FeedDelivery delivery;

	private final String sha256;

	private final DeliveredRows delivered;

	private final ReceiptAnswers answers;

	private final ReceiptRecord previous;

	CheckedReceipt(ReceiptName name, FeedDelivery delivery, String sha256, DeliveredRows delivered,
			ReceiptAnswers answers, ReceiptRecord previous) {
		this.name = name;
		this.delivery = delivery;
		this.sha256 = sha256;
		this.delivered = delivered;
		this.answers = answers;
		this.previous = previous;
	}

	public String fileName() {
		return this.name.fileName();
	}

	public Cycle cycle() {
		return this.name.cycle();
	}

	public int seq() {
		return this.name.seq();
	}

	public FeedDelivery delivery() {
		return this.delivery;
	}

	public String sha256() {
		return this.sha256;
	}

	public long rows() {
		return this.answers.rows();
	}

	public long accepted() {
		return this.answers.accepted();
	}

	public long rejected() {
		return this.answers.rejected();
	}

	/** The import of this same receipt, when it was imported before; null otherwise. */
	public ReceiptRecord previous() {
		return this.previous;
	}

	public boolean alreadyImported() {
		return this.previous != null;
	}

	/** The rejected rows' reasons with how many rows each, most frequent first. */
	public List<ReasonCount> reasons() {
		Map<ReceiptAnswers.Reason, Long> counts = new LinkedHashMap<>();
		for (int index = 0; index < this.answers.rows(); index++) {
			if (this.answers.status(index) == ReceiptStatus.REJECTED) {
				counts.merge(this.answers.reason(index), 1L, Long::sum);
			}
		}
		List<ReasonCount> reasons = new ArrayList<>();
		counts.forEach((reason, count) -> reasons.add(new ReasonCount(cycle(), seq(), reason.code(), reason.text(), count)));
		reasons.sort(Comparator.comparingLong(ReasonCount::rowCount).reversed());
		return reasons;
	}

	/** The first {@code limit} rejected rows in receipt order: line, masked cert_no, reason. */
	public List<Rejected> rejectedRows(int limit) {
		List<Rejected> rows = new ArrayList<>();
		for (int index = 0; index < this.answers.rows(); index++) {
			if (this.answers.status(index) == ReceiptStatus.REJECTED) {
				ReceiptAnswers.Reason reason = this.answers.reason(index);
				rows.add(new Rejected(this.answers.line(index), this.delivered.cert(index),
						new ReasonCount(cycle(), seq(), reason.code(), reason.text(), 1).text()));
			}
		}
		rows.sort(Comparator.comparingLong(Rejected::line));
		return rows.subList(0, Math.min(limit, rows.size()));
	}

	/** The row's answer as it is recorded; rows are indexed in delivery order (cert_no in byte order). */
	ReceiptMapper.AnswerRow answerRow(int index) {
		ReceiptAnswers.Reason reason = this.answers.reason(index);
		return new ReceiptMapper.AnswerRow(cycle(), seq(), this.delivered.cert(index), this.answers.line(index),
				this.delivered.outcome(index), this.answers.status(index).name(), reason.code(), reason.text());
	}

	ReceiptStatus status(int index) {
		return this.answers.status(index);
	}

	/** A rejected row of the receipt. */
	public record Rejected(long line, String certNo, String reason) {

		public String maskedCertNo() {
			return CertMask.mask(certNo);
		}

	}

}
