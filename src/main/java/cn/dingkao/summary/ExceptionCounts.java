package cn.dingkao.summary;

/** How many exceptions of an area an office must correct (错误) and how many are worth a look (警告). */
record ExceptionCounts(long errors, long warnings) {
}
