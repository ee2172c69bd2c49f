package cn.dingkao.ruling;

import java.time.LocalDateTime;

/** A stored institution rating (机构评价) of ethics and performance, with the file line it came from. */
public record EvaluationRecord(long id, String certNo, String orgCode, Cycle cycle, Rating ethics,
		Rating performance, LocalDateTime evaluatedAt, boolean confirmed, String sourceFile, Long sourceLine) {

	public Origin origin() {
		return new Origin(sourceFile, sourceLine);
	}

}
