package cn.dingkao.summary;

import java.time.LocalDate;

import cn.dingkao.ruling.Cycle;
import cn.dingkao.ruling.ResultStanding;

/**
 * What every sheet says about itself (spec "District summary workbooks": area, cycle, data date = business
 * date), in its title rows and its printed footer, so a page handed on alone still says where it belongs. Before
 * the results are final ({@code standing} predicted: issue 23) every title says 预计 and the subtitle why.
 *
 * @param standing the results' standing; null for final results (tests of the layout)
 */
record ReportTitle(SummaryArea area, Cycle cycle, LocalDate businessDate, ResultStanding standing) {

	ReportTitle(SummaryArea area, Cycle cycle, LocalDate businessDate) {
		this(area, cycle, businessDate, null);
	}

	boolean predicted() {
		return this.standing != null && this.standing.predicted();
	}

	/**
	 * 大兴区 2026年度医师定期考核 · 机构明细, or for the re-assessment 大兴区 2026年度再次考核 · 机构明细; before CLOSE
	 * 大兴区 2026年度医师定期考核（预计） · 机构明细.
	 */
	String title(String sheet) {
		return this.area.name() + " " + this.cycle.title() + (this.cycle.reassessment() ? "" : "医师定期考核")
				+ (predicted() ? "（预计）" : "") + " · " + sheet;
	}

	/** 数据截至 2026年8月11日. */
	String dataDate() {
		return dataDate(this.businessDate);
	}

	/** 数据截至 2026年8月11日: the only place a workbook shows its business date ({@link DatedWorkbookCopy}). */
	static String dataDate(LocalDate businessDate) {
		return "数据截至 " + businessDate.getYear() + "年" + businessDate.getMonthValue() + "月"
				+ businessDate.getDayOfMonth() + "日";
	}

	String subtitle() {
		String prediction = predicted() ? "　预计结果：考核通道 " + this.standing.close() + " 关闭前的数据，结果仍会变化，不是最终结果" : "";
		return dataDate() + "（业务日期）" + prediction + "　单位：人";
	}

	/** The footer's left part; Excel's header/footer codes start with {@code &}, so an {@code &} of a name is doubled. */
	String footerLeft(String sheet) {
		return (this.area.name() + " " + this.cycle.title() + (predicted() ? "（预计）" : "") + " " + sheet).replace("&",
				"&&");
	}

}
