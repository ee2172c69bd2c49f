package cn.dingkao.web.prediction;

import java.time.LocalDate;

import cn.dingkao.ruling.Cycle;
import cn.dingkao.ruling.Step;
import cn.dingkao.web.Search;

/**
 * Which physicians a list of predictions shows, bound into SQL as it is ({@code #{f.org}} …): an institution's
 * (every physician it is a site of) or an office's (by district and main org); all of them, the 有风险 ones, those
 * whose next step is one step, or those waiting for the institution itself. {@code riskUntil}: a next step due by
 * this day is 有风险 (spec "Seeing it coming": overdue or due within 7 days).
 */
record RiskFilter(Cycle cycle, LocalDate today, LocalDate riskUntil, String org, String district, String mainOrg,
		View view, String step, String q, long page, int pageSize) {

	/** {@code step} for the physicians with no step left (passed, hidden, a FAIL already final). */
	static final String NO_STEP = "NONE";

	/** What the list shows; {@code step} narrows any of them to the physicians whose next step it is. */
	enum View {

		RISK("有风险"), ALL("全部"), MINE("待本院办理");

		private final String label;

		View(String label) {
			this.label = label;
		}

		public String label() {
			return this.label;
		}

		static View parse(String value) {
			for (View view : values()) {
				if (view.name().equalsIgnoreCase(value)) {
					return view;
				}
			}
			return RISK;
		}

	}

	RiskFilter {
		q = q == null || q.isBlank() ? null : q.trim();
		page = Math.max(1, page);
		step = step(step);
		if (view == View.MINE && org == null) {
			view = View.RISK;
		}
	}

	/** A step's name or {@link #NO_STEP}; anything else means every step. */
	static String step(String value) {
		if (NO_STEP.equals(value)) {
			return NO_STEP;
		}
		for (Step step : Step.values()) {
			if (step.name().equals(value)) {
				return value;
			}
		}
		return null;
	}

	/** A hide stays active through the day it is lifted on (spec §The ruling: unhidden_at later than the date). */
	public LocalDate tomorrow() {
		return this.today.plusDays(1);
	}

	RiskFilter atPage(long other) {
		return new RiskFilter(this.cycle, this.today, this.riskUntil, this.org, this.district, this.mainOrg, this.view,
				this.step, this.q, other, this.pageSize);
	}

	/** Every row of the filter, for a download. */
	RiskFilter unpaged() {
		return new RiskFilter(this.cycle, this.today, this.riskUntil, this.org, this.district, this.mainOrg, this.view,
				this.step, this.q, 1, Integer.MAX_VALUE);
	}

	public int limit() {
		return this.pageSize;
	}

	public long offset() {
		return this.pageSize == Integer.MAX_VALUE ? 0 : (this.page - 1) * this.pageSize;
	}

	/** {@code :ORG;} as it stands in open_steps (STEP:ACTOR:org;…), for "waiting for this institution". */
	public String mineLike() {
		return this.org == null ? null : "%:" + escapedOrg() + ";%";
	}

	/** The last open step has no ';' after it. */
	public String mineLast() {
		return this.org == null ? null : "%:" + escapedOrg();
	}

	/** The org code with LIKE's wildcards literal (Search's escaping, without its trailing %). */
	private String escapedOrg() {
		String prefix = Search.prefix(this.org);
		return prefix.substring(0, prefix.length() - 1);
	}

	public String qLike() {
		return Search.contains(this.q);
	}

	public String qPrefix() {
		return Search.prefix(this.q);
	}

}
