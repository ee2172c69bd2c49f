package cn.dingkao.ingest;

import java.io.IOException;

import cn.dingkao.ingest.internal.FileRefusedException;
import cn.dingkao.ingest.internal.HeaderMapping;
import cn.dingkao.ingest.internal.ImportFiles;
import cn.dingkao.ingest.internal.RowSource;
import cn.dingkao.ingest.internal.SourceLine;
import cn.dingkao.ingest.internal.XlsxLimits;

import cn.dingkao.batch.StepProgress;

import org.springframework.batch.core.listener.StepExecutionListener;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.item.ItemStreamException;
import org.springframework.batch.infrastructure.item.ItemStreamReader;

/**
 * Streams the records of the file this run registered for the kind (CSV or XLSX): its {@code import_file} row while
 * LOADING says which file in the input folder and in which encoding. One per kind, the reader of its load step: the
 * step's start tells it the run ({@link #beforeStep}), and {@link #open} starts it afresh, so nothing of one run
 * reaches the next. Reads nothing when the run has no file to load (missing, skipped, or one whose merge had begun:
 * all its lines are staged). It is where a file's header is checked, once (issue 26): one that does not match the
 * kind refuses the file, naming this step. Restartable: it saves which file and how many records it has handed out
 * at each commit; a restart on the same file skips that many, a restart on another file (replaced after a failure)
 * starts over.
 * Blank records are not records.
 */
final class FileLineReader implements ItemStreamReader<FileRecord>, StepExecutionListener {

	private static final String FILE_ID = "ingest.reader.fileId";

	private static final String RECORDS = "ingest.reader.records";

	private final ImportKind kind;

	private KindRun run;

	private final ImportFiles files;

	private final XlsxLimits limits;

	private final int maxLineChars;

	private ImportFiles.FileRow file;

	private RowSource source;

	private HeaderMapping mapping;

	private long records;

	FileLineReader(ImportKind kind, ImportFiles files, XlsxLimits limits, int maxLineChars) {
		this.kind = kind;
		this.files = files;
		this.limits = limits;
		this.maxLineChars = maxLineChars;
	}

	@Override
	public void beforeStep(StepExecution stepExecution) {
		this.run = KindRun.of(this.kind, stepExecution);
	}

	@Override
	public void open(ExecutionContext context) {
		this.records = 0;
		this.source = null;
		this.mapping = null;
		this.file = this.files.inFlightOf(this.kind, this.run.jobExecutionId())
			.filter(row -> row.status() == FileStatus.LOADING)
			.orElse(null);
		if (this.file == null) {
			return;
		}
		try {
			this.source = RowSource.open(this.run.input().resolve(this.file.fileName()), this.file.fingerprint(),
					this.limits, this.maxLineChars);
			this.mapping = HeaderMapping.of(this.kind, this.source.header());
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
				StepProgress.bytes(context, this.source.bytesRead(), this.file.sizeBytes());
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
		return new FileRefusedException(this.kind, this.file.id(), this.file.fileName(), this.file.sha256(),
				this.file.sizeBytes(), reason);
	}

}
