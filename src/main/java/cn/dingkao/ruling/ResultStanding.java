package cn.dingkao.ruling;

import java.time.LocalDate;

/**
 * What results that stand on a data date are (issue 23): the cycle's final results only when the ruling behind them
 * stood on a day after CLOSE; before that they are a prediction (预计) — records may still arrive until the channel
 * closes, so nothing shown then may read as a final verdict. The data date is the business date of the latest run
 * behind what is shown: a result that a later run left unchanged still stands as of that later run.
 */
public record ResultStanding(Cycle cycle, LocalDate dataDate, LocalDate close) {

	public ResultStanding {
		if (cycle == null || dataDate == null || close == null) {
			throw new IllegalArgumentException("cycle, data date and CLOSE are required");
		}
	}

	/** The standing of results ruled on {@code dataDate} in the cycle of {@code calendar}. */
	public static ResultStanding of(CycleCalendar calendar, LocalDate dataDate) {
		return new ResultStanding(calendar.cycle(), dataDate, calendar.close());
	}

	/** True before the results are final: the ruling stood on CLOSE or earlier. */
	public boolean predicted() {
		return !this.dataDate.isAfter(this.close);
	}

	/** 预计 or 最终. */
	public String label() {
		return predicted() ? "预计" : "最终";
	}

	/** 数据截至 2026年6月1日. */
	public String dataDateText() {
		return "数据截至 " + chinese(this.dataDate);
	}

	/**
	 * One sentence for a page, a sheet or a terminal: 预计结果（数据截至 2026年6月1日；考核通道 2026年8月10日关闭前仍会变化，不是最终结果）,
	 * or 最终结果（数据截至 2026年8月11日）.
	 */
	public String text() {
		if (predicted()) {
			return "预计结果（" + dataDateText() + "；考核通道 " + chinese(this.close) + " 关闭前仍会变化，不是最终结果）";
		}
		return "最终结果（" + dataDateText() + "）";
	}

	/** The same in English, for operators' terminals. */
	public String english() {
		return predicted() ? "predicted: data of " + this.dataDate + ", results may change until CLOSE " + this.close
				: "final: data of " + this.dataDate;
	}

	static String chinese(LocalDate day) {
		return day.getYear() + "年" + day.getMonthValue() + "月" + day.getDayOfMonth() + "日";
	}

}
