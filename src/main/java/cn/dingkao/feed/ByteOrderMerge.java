package cn.dingkao.feed;

import java.util.Iterator;
import java.util.NoSuchElementException;

import cn.dingkao.system.CodePointOrder;

/**
 * Merges two streams of feed rows, each in byte order of cert_no, into one in that order (spec "Registry feed":
 * rows sorted by cert_no in byte order). UTF-8 byte order is code point order, which is what {@link #compare}
 * computes without encoding.
 */
final class ByteOrderMerge implements Iterator<FeedRow> {

	private final Iterator<FeedRow> first;

	private final Iterator<FeedRow> second;

	private FeedRow nextOfFirst;

	private FeedRow nextOfSecond;

	private ByteOrderMerge(Iterator<FeedRow> first, Iterator<FeedRow> second) {
		this.first = first;
		this.second = second;
		this.nextOfFirst = first.hasNext() ? first.next() : null;
		this.nextOfSecond = second.hasNext() ? second.next() : null;
	}

	static Iterator<FeedRow> of(Iterator<FeedRow> first, Iterator<FeedRow> second) {
		return second.hasNext() ? new ByteOrderMerge(first, second) : first;
	}

	@Override
	public boolean hasNext() {
		return this.nextOfFirst != null || this.nextOfSecond != null;
	}

	@Override
	public FeedRow next() {
		if (!hasNext()) {
			throw new NoSuchElementException();
		}
		FeedRow next;
		if (this.nextOfSecond == null
				|| (this.nextOfFirst != null && compare(this.nextOfFirst.certNo(), this.nextOfSecond.certNo()) <= 0)) {
			next = this.nextOfFirst;
			this.nextOfFirst = this.first.hasNext() ? this.first.next() : null;
		}
		else {
			next = this.nextOfSecond;
			this.nextOfSecond = this.second.hasNext() ? this.second.next() : null;
		}
		return next;
	}

	/** Compares by code point, which is UTF-8 byte order (String.compareTo compares UTF-16 units). */
	static int compare(String a, String b) {
		return CodePointOrder.compare(a, b);
	}

}
