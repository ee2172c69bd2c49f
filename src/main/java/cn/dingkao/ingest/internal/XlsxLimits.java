package cn.dingkao.ingest.internal;

import org.apache.poi.openxml4j.util.ZipSecureFile;

/**
 * POI's zip-bomb guards for uploaded workbooks: a part that inflates more than {@code 1/minInflateRatio}
 * times, or beyond {@code maxEntryBytes}, makes POI throw, and the file is refused instead of exhausting
 * memory or disk.
 */
public record XlsxLimits(double minInflateRatio, long maxEntryBytes) {

	void apply() {
		ZipSecureFile.setMinInflateRatio(this.minInflateRatio);
		ZipSecureFile.setMaxEntrySize(this.maxEntryBytes);
	}

}
