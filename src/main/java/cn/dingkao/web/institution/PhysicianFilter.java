package cn.dingkao.web.institution;

import java.time.LocalDateTime;

import cn.dingkao.ruling.Cycle;

/**
 * A list's filter, bound into SQL as it is ({@code #{f.org}} etc.): status is one of a fixed set,
 * the search text is matched with LIKE as a bound value.
 */
record PhysicianFilter(String org, Cycle cycle, LocalDateTime now, String status, String q, int page) {

	static final int PAGE_SIZE = 50;

	PhysicianFilter {
		status = status == null || status.isBlank() ? "ALL" : status;
		q = q == null || q.isBlank() ? null : q.trim();
		page = Math.max(page, 1);
	}

	public int limit() {
		return PAGE_SIZE;
	}

	public int offset() {
		return (this.page - 1) * PAGE_SIZE;
	}

	/** The results page filters by outcome 1–4. */
	public Integer outcomeCode() {
		return this.status.matches("[1-4]") ? Integer.valueOf(this.status) : null;
	}

	/** For LIKE: the wildcards of the user's text are literal. */
	public String qLike() {
		return this.q == null ? null : "%" + this.q.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
	}

	public String qPrefix() {
		return this.q == null ? null : this.q.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
	}

}
