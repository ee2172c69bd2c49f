package cn.dingkao.feed;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;

import cn.dingkao.system.CodePointOrder;

/**
 * Puts feed rows read in UTF-16 order of cert_no (H2's order of strings) into byte order (spec "Registry feed":
 * rows sorted by cert_no in byte order; UTF-8 byte order is code point order), as they stream. The two orders
 * differ only where two cert_nos first differ in units from U+D800 on (a surrogate against U+E000–U+FFFF); every
 * cert_no between two such in UTF-16 order has a unit from U+D800 at that place too. So the rows that disagree lie
 * in one run of consecutive rows with such a unit, and sorting each run by code point is enough: a row with none
 * passes straight through. Rows already in byte order (MySQL's utf8mb4_bin) pass unchanged.
 */
final class ByteOrderRuns implements Iterator<FeedRow> {

	private static final Comparator<FeedRow> BY_CODE_POINT = (a, b) -> CodePointOrder.compare(a.certNo(), b.certNo());

	private final Iterator<FeedRow> rows;

	/** The sorted run being handed out, then the row that ended it. */
	private final List<FeedRow> pending = new ArrayList<>();

	private int next;

	private ByteOrderRuns(Iterator<FeedRow> rows) {
		this.rows = rows;
	}

	static Iterator<FeedRow> of(Iterator<FeedRow> rows) {
		return new ByteOrderRuns(rows);
	}

	@Override
	public boolean hasNext() {
		return this.next < this.pending.size() || this.rows.hasNext();
	}

	@Override
	public FeedRow next() {
		if (this.next == this.pending.size()) {
			fill();
		}
		return this.pending.get(this.next++);
	}

	/** The next row alone, or the next run of rows beyond UTF-16 order sorted, with the row that ended it. */
	private void fill() {
		this.pending.clear();
		this.next = 0;
		if (!this.rows.hasNext()) {
			throw new NoSuchElementException();
		}
		FeedRow row = this.rows.next();
		while (beyondUtf16Order(row.certNo())) {
			this.pending.add(row);
			if (!this.rows.hasNext()) {
				row = null;
				break;
			}
			row = this.rows.next();
		}
		this.pending.sort(BY_CODE_POINT);
		if (row != null) {
			this.pending.add(row);
		}
	}

	/** A unit from U+D800 on: a surrogate or U+E000–U+FFFF, where UTF-16 order and code point order part. */
	static boolean beyondUtf16Order(String certNo) {
		for (int i = 0; i < certNo.length(); i++) {
			if (certNo.charAt(i) >= '\uD800') {
				return true;
			}
		}
		return false;
	}

}
