package cn.dingkao.reconcile;

/** What the results table already holds for a physician: enough to tell whether a ruling changed. */
record StoredResult(String certNo, String contentHash, int version) {
}
