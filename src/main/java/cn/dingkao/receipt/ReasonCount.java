package cn.dingkao.receipt;

import cn.dingkao.ruling.Cycle;

/** How many rows of a delivery the registry rejected for one reason. */
public record ReasonCount(Cycle cycleYear, int seqNo, String reasonCode, String reason, long rowCount) {

	/** The reason as people read it: code and text, or that none was given. */
	public String text() {
		String text = (reasonCode + " " + reason).trim();
		return text.isEmpty() ? "（未说明原因）" : text;
	}

}
