package cn.dingkao.ingest.internal;

import java.util.List;

/**
 * One record of an input file as read: the line it starts on (the header is line 1), the last physical line
 * it spans (a quoted field may hold line breaks), and its fields — or, when it could not be parsed, why.
 */
public record SourceLine(long lineNo, long endLine, List<String> fields, Rejection unparsable) {

	static SourceLine of(long lineNo, List<String> fields) {
		return new SourceLine(lineNo, lineNo, fields, null);
	}

	static SourceLine of(long lineNo, long endLine, List<String> fields) {
		return new SourceLine(lineNo, endLine, fields, null);
	}

	static SourceLine unparsable(long lineNo, String reasonZh, String reasonEn) {
		return new SourceLine(lineNo, lineNo, List.of(), new Rejection(lineNo, "", null, reasonZh, reasonEn));
	}

	public boolean isBlankLine() {
		return this.unparsable == null && this.fields.stream().allMatch(field -> field == null || field.isBlank());
	}

}
