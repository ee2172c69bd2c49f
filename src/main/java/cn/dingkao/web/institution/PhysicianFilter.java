package cn.dingkao.web.institution;

import cn.dingkao.ruling.Cycle;
import java.time.LocalDateTime;

import cn.dingkao.web.Search;

/**
 * A list's filter, bound into SQL as it is ({@code #{f.org}} etc.): status is one of a fixed set,
 * the search text is matched with LIKE as a bound value.
 */
record PhysicianFilter(String org, Cycle cycle, LocalDateTime now, String status, String q, long page) {

	static final int PAGE_SIZE = 50;

	PhysicianFilter {
		status = status == null || status.isBlank() ? "ALL" : status;
		q = q == null || q.isBlank() ? null : q.trim();
		page = Math.max(page, 1);
	}

	PhysicianFilter atPage(long other) {
		return new PhysicianFilter(this.org, this.cycle, this.now, this.status, this.q, other);
	}

	public int limit() {
		return PAGE_SIZE;
	}

	public long offset() {
		return (this.page - 1) * PAGE_SIZE;
	}

	/** The results page filters by outcome 1–4. */
	public Integer outcomeCode() {
		return this.status.matches("[1-4]") ? Integer.valueOf(this.status) : null;
	}

	/** For LIKE: the wildcards of the user's text are literal. */
	public String qLike() {
		return Search.contains(this.q);
	}

	public String qPrefix() {
		return Search.prefix(this.q);
	}

}
