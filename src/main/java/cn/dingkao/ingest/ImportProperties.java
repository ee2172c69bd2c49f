package cn.dingkao.ingest;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the import ({@code dingkao.import.*}). A file is refused when its rejected rows exceed
 * max({@code reject-limit-min}, {@code reject-limit-percent} % of its rows) (spec "Bad input"). An accepted
 * file is merged {@code merge-slice-rows} staged lines per transaction. A record (CSV line or XLSX row) longer
 * than {@code max-line-chars} characters is rejected without being held in memory. {@code threads} kinds are
 * imported side by side after the institutions: 3 on MySQL (application-mysql.properties), whose merges run in
 * the server while the JVM parses the next file; 1 on the embedded H2, where two writers slow each other down
 * (the import of 150,000 physicians took 65 s on two threads, 53 s on one).
 */
@ConfigurationProperties("dingkao.import")
public record ImportProperties(@DefaultValue("1") double rejectLimitPercent, @DefaultValue("10") long rejectLimitMin,
		@DefaultValue("1000") int chunkSize, @DefaultValue("0.01") double xlsxMinInflateRatio,
		@DefaultValue("1073741824") long xlsxMaxEntryBytes, @DefaultValue("20000") int mergeSliceRows,
		@DefaultValue("10000") int maxLineChars, @DefaultValue("1") int threads) {

	boolean tooManyRejected(long rejected, long read) {
		return rejected > this.rejectLimitMin && rejected * 100.0 > this.rejectLimitPercent * read;
	}

}
