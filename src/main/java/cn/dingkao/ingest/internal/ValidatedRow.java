package cn.dingkao.ingest.internal;

import java.util.List;
import java.util.Map;

/**
 * A record after validation: either its values (by staging column) and, for the roster, its practice
 * sites; or the reasons it is rejected.
 */
public record ValidatedRow(long fileId, long lineNo, Map<String, Object> values, List<Site> sites,
		List<Rejection> rejections) {

	public boolean rejected() {
		return !this.rejections.isEmpty();
	}

	/** One practice site of a roster line. */
	public record Site(String orgCode, boolean main) {
	}

}
