package cn.dingkao.ruling;

import java.time.LocalDateTime;

/** A stored institution rating (机构评价) of ethics and performance. */
public record EvaluationRecord(long id, String certNo, String orgCode, int cycleYear, Rating ethics,
		Rating performance, LocalDateTime evaluatedAt, boolean confirmed) {
}
