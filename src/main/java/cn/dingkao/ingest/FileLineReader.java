package cn.dingkao.ingest;

import java.io.IOException;

import cn.dingkao.ingest.internal.FileRefusedException;
import cn.dingkao.ingest.internal.HeaderMapping;
import cn.dingkao.ingest.internal.RowSource;
import cn.dingkao.ingest.internal.SourceLine;
import cn.dingkao.ingest.internal.XlsxLimits;

import org.springframework.batch.core.listener.StepExecutionListener;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.item.ItemStreamException;
import org.springframework.batch.infrastructure.item.ItemStreamReader;

/**
 * Streams the records of the kind's file (CSV or XLSX). Restartable: it saves which file and how many
 * records it has handed out at each commit; a restart on the same file skips that many, a restart on another
 * file (replaced after a failure) starts over. Blank records are not records.
 */
final class FileLineReader implements ItemStreamReader<FileRecord>, StepExecutionListener {

	private static final String FILE_ID = "ingest.reader.fileId";

	private static final String RECORDS = "ingest.reader.records";

	private final ImportKind kind;

	/** Bytes read and file size, for the command line's progress (cn.dingkao.cli.ProgressReporter). */
	private static final String BYTES = "ingest.reader.bytes";

	private static final String SIZE = "ingest.reader.size";

	private final XlsxLimits limits;

	private final int maxLineChars;

	private KindState state;

	private RowSource source;

	private HeaderMapping mapping;

	private long records;

	FileLineReader(ImportKind kind, XlsxLimits limits, int maxLineChars) {
		this.kind = kind;
		this.limits = limits;
		this.maxLineChars = maxLineChars;
	}

	@Override
	public void beforeStep(StepExecution stepExecution) {
		this.state = new KindState(this.kind, stepExecution.getJobExecution().getExecutionContext());
	}

	@Override
	public void open(ExecutionContext context) {
		this.records = 0;
		this.source = null;
		if (this.state == null || !this.state.loading() || this.state.alreadyStaged()) {
			return;
		}
		try {
			this.source = RowSource.open(this.state.path(), this.state.fingerprint(), this.limits, this.maxLineChars);
			this.mapping = HeaderMapping.of(this.kind, this.source.header());
			boolean sameFile = context.containsKey(FILE_ID) && context.getLong(FILE_ID) == this.state.fileId();
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
			return new FileRecord(this.state.fileId(), line, this.mapping);
		}
		catch (IOException ex) {
			throw refused(ex.getMessage());
		}
	}

	@Override
	public void update(ExecutionContext context) {
		if (this.state != null && this.state.loading()) {
			context.putLong(FILE_ID, this.state.fileId());
			context.putLong(RECORDS, this.records);
			if (this.source != null) {
				context.putLong(BYTES, this.source.bytesRead());
				context.putLong(SIZE, this.state.fingerprint().sizeBytes());
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
		var fingerprint = this.state.fingerprint();
		return new FileRefusedException(this.kind, this.state.fileId(), this.state.fileName(), fingerprint.sha256(),
				fingerprint.sizeBytes(), reason);
	}

}
