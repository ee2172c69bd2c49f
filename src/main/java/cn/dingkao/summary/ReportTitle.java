package cn.dingkao.summary;

import java.time.LocalDate;

import cn.dingkao.ruling.Cycle;

/**
 * What every sheet says about itself (spec "District summary workbooks": area, cycle, data date = business
 * date), in its title rows and its printed footer, so a page handed on alone still says where it belongs.
 */
record ReportTitle(SummaryArea area, Cycle cycle, LocalDate businessDate) {

	/** 大兴区 2026年度医师定期考核 · 机构明细, or for the re-assessment 大兴区 2026年度再次考核 · 机构明细. */
	String title(String sheet) {
		return this.area.name() + " " + this.cycle.title() + (this.cycle.reassessment() ? "" : "医师定期考核") + " · "
				+ sheet;
	}

	/** 数据截至 2026年8月11日. */
	String dataDate() {
		return "数据截至 " + this.businessDate.getYear() + "年" + this.businessDate.getMonthValue() + "月"
				+ this.businessDate.getDayOfMonth() + "日";
	}

	String subtitle() {
		return dataDate() + "（业务日期）　单位：人";
	}

	/** The footer's left part; Excel's header/footer codes start with {@code &}, so an {@code &} of a name is doubled. */
	String footerLeft(String sheet) {
		return (this.area.name() + " " + this.cycle.title() + " " + sheet).replace("&", "&&");
	}

}
