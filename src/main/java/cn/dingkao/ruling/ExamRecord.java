package cn.dingkao.ruling;

import java.time.LocalDateTime;

/** A business-level test record (业务水平测评) exported by the exam platform, with the file line it came from. */
public record ExamRecord(long id, String certNo, Cycle cycle, int attemptNo, ExamMode mode, String specialty,
		boolean passed, LocalDateTime takenAt, String examOrgCode, String sourceFile, Long sourceLine) {

	public Origin origin() {
		return new Origin(sourceFile, sourceLine);
	}

}
