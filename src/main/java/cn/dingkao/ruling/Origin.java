package cn.dingkao.ruling;

/**
 * Where a stored input row came from: a line of an imported file, or the web (file name null). Warnings and
 * explanations cite this rather than internal ids, so an office can find the row to correct (spec "What the
 * pipeline produces": a detail cites the input file and line).
 */
public record Origin(String fileName, Long lineNo) {

	/** A row entered on the web (the audit trail names the change). */
	public static final Origin WEB = new Origin(null, null);

	/** 考核申请.csv 第 12 行, or 网上填报. */
	public String text() {
		if (fileName == null) {
			return "网上填报";
		}
		return lineNo == null ? fileName : fileName + " 第 " + lineNo + " 行";
	}

	@Override
	public String toString() {
		return text();
	}

}
