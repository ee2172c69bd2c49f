package cn.dingkao.ruling;

import java.time.LocalDateTime;

/** A business-level test record (业务水平测评) exported by the exam platform. */
public record ExamRecord(long id, String certNo, int cycleYear, int attemptNo, ExamMode mode, String specialty,
		boolean passed, LocalDateTime takenAt, String examOrgCode) {
}
