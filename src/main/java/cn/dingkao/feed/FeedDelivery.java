package cn.dingkao.feed;

import cn.dingkao.ruling.Cycle;

import java.time.LocalDate;
import java.time.LocalDateTime;

/** One file delivered to the registration system (table feed_delivery). */
public class FeedDelivery {

	private Cycle cycleYear;

	private int seqNo;

	private String fileName;

	private FeedMode feedMode;

	private long rowCount;

	private String sha256;

	private LocalDate businessDate;

	private LocalDateTime generatedAt;

	private String folder;

	private long jobInstanceId;

	/** The {@link FeedBasis} of a FULL delivery; null for a DELTA. */
	private String basis;

	FeedDelivery() {
	}

	FeedDelivery(Cycle cycleYear, int seqNo, String fileName, FeedMode mode, long rowCount, String sha256,
			LocalDate businessDate, LocalDateTime generatedAt, String folder, long jobInstanceId, String basis) {
		this.cycleYear = cycleYear;
		this.seqNo = seqNo;
		this.fileName = fileName;
		this.feedMode = mode;
		this.rowCount = rowCount;
		this.sha256 = sha256;
		this.businessDate = businessDate;
		this.generatedAt = generatedAt;
		this.folder = folder;
		this.jobInstanceId = jobInstanceId;
		this.basis = basis;
	}

	public Cycle cycle() {
		return cycleYear;
	}

	public int getSeqNo() {
		return seqNo;
	}

	public String getFileName() {
		return fileName;
	}

	public String getManifestName() {
		return fileName + ".manifest.json";
	}

	public FeedMode getFeedMode() {
		return feedMode;
	}

	public long getRowCount() {
		return rowCount;
	}

	public String getSha256() {
		return sha256;
	}

	public LocalDate getBusinessDate() {
		return businessDate;
	}

	public LocalDateTime getGeneratedAt() {
		return generatedAt;
	}

	public String getFolder() {
		return folder;
	}

	public long getJobInstanceId() {
		return jobInstanceId;
	}

	public String getBasis() {
		return basis;
	}

}
