package cn.dingkao.ingest.internal;

/**
 * The staged lines of a file whose leading key lies after {@code after} (from the first when it is null)
 * and up to {@code upTo} (to the last when it is null): what one merge transaction takes.
 */
public record Slice(String after, String upTo) {

	public boolean last() {
		return this.upTo == null;
	}

}
