package cn.dingkao.web.office;

import cn.dingkao.ruling.Cycle;
import cn.dingkao.web.Search;

/**
 * The dashboard's list of institutions: the office's scope ({@code scope}, null = the city), the district the
 * city office picked, a search text (name or code), one page of 50.
 */
record ProgressFilter(Cycle cycle, String scope, String district, String q, long page) {

	static final int PAGE_SIZE = 50;

	ProgressFilter {
		district = scope != null ? scope : (district == null || district.isBlank() ? null : district.trim());
		q = q == null || q.isBlank() ? null : q.trim();
		page = Math.max(1, page);
	}

	ProgressFilter atPage(long other) {
		return new ProgressFilter(this.cycle, this.scope, this.district, this.q, other);
	}

	public int limit() {
		return PAGE_SIZE;
	}

	public long offset() {
		return (this.page - 1) * PAGE_SIZE;
	}

	/** For LIKE: the wildcards of the user's text are literal. */
	public String qLike() {
		return Search.contains(this.q);
	}

}
