package cn.dingkao.summary;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Optional;
import java.util.function.Supplier;

import cn.dingkao.ruling.Cycle;

import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.batch.infrastructure.item.ItemWriter;

/**
 * Writes each workbook it is given (one per chunk) to its file, and records it with its basis. A workbook whose
 * area has an earlier workbook on the same basis (nothing shown changed but the date: an unchanged night) is that
 * workbook copied with the new date (issue 26), a second instead of reading and writing every row.
 */
class SummaryWorkbookWriter implements ItemWriter<SummaryWorkbook> {

	private final Cycle cycle;

	private final LocalDate businessDate;

	private final Path out;

	private final Supplier<String> basisSource;

	private final SummaryOutputs outputs;

	private String basis;

	/** @param basisSource the workbooks' {@link SummaryBasis}, asked for once */
	SummaryWorkbookWriter(Cycle cycle, LocalDate businessDate, Path out, Supplier<String> basisSource,
			SummaryOutputs outputs) {
		this.cycle = cycle;
		this.businessDate = businessDate;
		this.out = out;
		this.basisSource = basisSource;
		this.outputs = outputs;
	}

	@Override
	public void write(Chunk<? extends SummaryWorkbook> chunk) throws IOException {
		if (this.basis == null) {
			this.basis = this.basisSource.get();
		}
		for (SummaryWorkbook workbook : chunk) {
			Path target = SummaryFiles.path(this.out, this.cycle, this.businessDate, workbook.area());
			Optional<SummaryOutputs.Earlier> earlier = this.outputs.earlier(this.cycle, target.getParent(),
					workbook.area(), this.basis, this.businessDate);
			boolean copied = earlier.isPresent() && DatedWorkbookCopy.copy(earlier.get().file(),
					earlier.get().businessDate(), target, this.businessDate);
			if (!copied) {
				workbook.writeTo(target);
			}
			this.outputs.record(this.cycle, this.businessDate, workbook.area(), target, this.basis);
		}
	}

}
