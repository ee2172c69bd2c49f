package cn.dingkao.web.institution;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

import cn.dingkao.ruling.ApplicationStatus;
import cn.dingkao.ruling.Cycle;
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

	/** One choice of the physician list's status filter, as the list shows it. */
	record Choice(String value, String label) {
	}

	/** The physician list's status filter: all, without an application, by the application's status, by rating. */
	static List<Choice> physicianChoices() {
		List<Choice> choices = new ArrayList<>(List.of(new Choice("ALL", "全部"), new Choice("NONE", "未报名")));
		for (ApplicationStatus status : ApplicationStatus.values()) {
			choices.add(new Choice(status.name(), status.label()));
		}
		choices.addAll(List.of(new Choice("UNRATED", "待评价"), new Choice("RATED", "已评价")));
		return choices;
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
