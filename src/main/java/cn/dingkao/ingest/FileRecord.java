package cn.dingkao.ingest;

import cn.dingkao.ingest.internal.HeaderMapping;
import cn.dingkao.ingest.internal.SourceLine;

/**
 * A record as the load step's reader hands it on: the line, with the file it belongs to and that file's header
 * mapping, so that validating it needs nothing from the reader.
 */
record FileRecord(long fileId, String fileName, SourceLine line, HeaderMapping mapping) {
}
