package cn.dingkao.web;

/**
 * Which page of a list is shown: a page number the user typed or edited in the address ({@code ?page=2147483647})
 * is brought into 1 … pages, so every page number gives a page and never an error.
 */
public record Paging(long page, long pages, long total) {

	public static Paging of(long requested, long total, int pageSize) {
		long pages = Math.max(1, (total + pageSize - 1) / pageSize);
		return new Paging(Math.min(Math.max(1, requested), pages), pages, total);
	}

	public boolean hasPrevious() {
		return this.page > 1;
	}

	public boolean hasNext() {
		return this.page < this.pages;
	}

}
