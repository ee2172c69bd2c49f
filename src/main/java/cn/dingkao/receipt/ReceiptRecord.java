package cn.dingkao.receipt;

import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;

import cn.dingkao.ruling.Cycle;

/** A receipt imported: the delivery it answered, its fingerprint and counts (table registry_receipt). */
public record ReceiptRecord(Cycle cycleYear, int seqNo, String fileName, String sha256, long rowCount, long accepted,
		long rejected, LocalDateTime importedAt, String importedBy) {

	private static final DateTimeFormatter SECONDS = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

	/** When it was imported, as messages show it. */
	public String importedAtText() {
		return importedAt.format(SECONDS);
	}

}
