package cn.dingkao.ingest;

/**
 * What a run did with a kind's file, as {@code import_file.status} keeps it: the one record of the import's state.
 * The steps of a kind, a restart and the report read it there. LOADING and MERGING are a file in flight; a run
 * that finds nothing to load records SKIPPED or MISSING.
 */
public enum FileStatus {

	/** Registered by this run and being read into staging. */
	LOADING,

	/** Accepted and being merged into the input tables slice by slice; staging holds the lines not yet merged. */
	MERGING,

	IMPORTED,

	/** Refused whole (header, not CSV/XLSX, too many rejected rows, replaced before its load finished). */
	REFUSED,

	/** The same content (SHA-256) was imported before ({@code same_as_file_id}); nothing is read. */
	SKIPPED,

	/** No file of the kind in the input folder: nothing to import. */
	MISSING;

	public boolean inFlight() {
		return this == LOADING || this == MERGING;
	}

}
