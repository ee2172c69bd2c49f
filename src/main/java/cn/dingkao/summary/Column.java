package cn.dingkao.summary;

/**
 * One column of a report table: its header and what it holds. The kind decides alignment, number format and
 * whether long text wraps; {@code maxWidth} (Excel characters, a CJK character counting two) caps the width a
 * column grows to, so a long name wraps instead of pushing the page wider.
 */
record Column(String header, Kind kind, int maxWidth) {

	enum Kind {

		/** Chinese or mixed text: left-aligned, wraps beyond the column's width. */
		TEXT,
		/** Codes and masked numbers: left-aligned, never wrapped (a code broken over two lines is misread). */
		CODE,
		/** Counts of physicians: right-aligned under a right-aligned header. */
		COUNT,
		/** 合格率: a percentage, right-aligned. */
		RATE;

		boolean numeric() {
			return this == COUNT || this == RATE;
		}

	}

	static Column text(String header, int maxWidth) {
		return new Column(header, Kind.TEXT, maxWidth);
	}

	static Column code(String header) {
		return new Column(header, Kind.CODE, 40);
	}

	/** A count: a narrow column whose (often long) Chinese header wraps onto two or three lines. */
	static Column count(String header) {
		return new Column(header, Kind.COUNT, 8);
	}

	static Column rate(String header) {
		return new Column(header, Kind.RATE, 8);
	}

}
