package cn.dingkao.ingest;

import java.io.IOException;

import cn.dingkao.ingest.internal.FileRefusedException;
import cn.dingkao.ingest.internal.HeaderMapping;
import cn.dingkao.ingest.internal.ImportFiles;
import cn.dingkao.ingest.internal.RowSource;
import cn.dingkao.ingest.internal.SourceLine;
import cn.dingkao.ingest.internal.XlsxLimits;

import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.item.ItemStreamException;
import org.springframework.batch.infrastructure.item.ItemStreamReader;

/**
 * Streams the records of the file this run registered for the kind (CSV or XLSX): its {@code import_file} row while
 * LOADING says which file in the input folder and in which encoding. A step-scoped bean, one per load step
 * execution. Reads nothing when the run has no file to load (missing, skipped, or one whose merge had begun: all
 * its lines are staged). Restartable: it saves which file and how many records it has handed out at each commit; a
 * restart on the same file skips that many, a restart on another file (replaced after a failure) starts over.
 * Blank records are not records. (Not final: its step-scoped proxy is a subclass.)
 */
class FileLineReader implements ItemStreamReader<FileRecord> {

	private static final String FILE_ID = "ingest.reader.fileId";

	private static final String RECORDS = "ingest.reader.records";

	/** Bytes read and file size, for the command line's progress (cn.dingkao.cli.ProgressReporter). */
	private static final String BYTES = "ingest.reader.bytes";

	private static final String SIZE = "ingest.reader.size";

	private final KindRun run;

	private final ImportFiles files;

	private final XlsxLimits limits;

	private final int maxLineChars;

	private ImportFiles.FileRow file;

	private RowSource source;

	private HeaderMapping mapping;

	private long records;

	FileLineReader(KindRun run, ImportFiles files, XlsxLimits limits, int maxLineChars) {
		this.run = run;
		this.files = files;
		this.limits = limits;
		this.maxLineChars = maxLineChars;
	}

	@Override
	public void open(ExecutionContext context) {
		this.records = 0;
		this.source = null;
		this.file = this.files.inFlightOf(this.run.kind(), this.run.jobExecutionId())
			.filter(row -> row.status() == FileStatus.LOADING)
			.orElse(null);
		if (this.file == null) {
			return;
		}
		try {
			this.source = RowSource.open(this.run.input().resolve(this.file.fileName()), this.file.fingerprint(),
					this.limits, this.maxLineChars);
			this.mapping = HeaderMapping.of(this.run.kind(), this.source.header());
			boolean sameFile = context.containsKey(FILE_ID) && context.getLong(FILE_ID) == this.file.id();
			long done = sameFile ? context.getLong(RECORDS, 0) : 0;
			while (this.records < done && this.source.next() != null) {
				this.records++;
			}
		}
		catch (IOException | HeaderMapping.HeaderException ex) {
			throw refused(ex.getMessage());
		}
	}

	@Override
	public FileRecord read() {
		if (this.source == null) {
			return null;
		}
		try {
			SourceLine line;
			do {
				line = this.source.next();
				if (line == null) {
					return null;
				}
				this.records++;
			}
			while (line.isBlankLine());
			return new FileRecord(this.file.id(), this.file.fileName(), line, this.mapping);
		}
		catch (IOException ex) {
			throw refused(ex.getMessage());
		}
	}

	@Override
	public void update(ExecutionContext context) {
		if (this.file != null) {
			context.putLong(FILE_ID, this.file.id());
			context.putLong(RECORDS, this.records);
			if (this.source != null) {
				context.putLong(BYTES, this.source.bytesRead());
				context.putLong(SIZE, this.file.sizeBytes());
			}
		}
	}

	@Override
	public void close() {
		if (this.source != null) {
			try {
				this.source.close();
			}
			catch (IOException ex) {
				throw new ItemStreamException(ex);
			}
			this.source = null;
		}
	}

	private FileRefusedException refused(String reason) {
		return new FileRefusedException(this.run.kind(), this.file.id(), this.file.fileName(), this.file.sha256(),
				this.file.sizeBytes(), reason);
	}

}
