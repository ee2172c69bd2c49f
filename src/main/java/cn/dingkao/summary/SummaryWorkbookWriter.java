package cn.dingkao.summary;

import java.nio.file.Path;
import java.time.LocalDate;

import cn.dingkao.ruling.Cycle;

import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.batch.infrastructure.item.ItemWriter;

/** Writes each workbook it is given (one per chunk) to its file. */
class SummaryWorkbookWriter implements ItemWriter<SummaryWorkbook> {

	private final Cycle cycle;

	private final LocalDate businessDate;

	private final Path out;

	SummaryWorkbookWriter(Cycle cycle, LocalDate businessDate, Path out) {
		this.cycle = cycle;
		this.businessDate = businessDate;
		this.out = out;
	}

	@Override
	public void write(Chunk<? extends SummaryWorkbook> chunk) {
		for (SummaryWorkbook workbook : chunk) {
			workbook.writeTo(SummaryFiles.path(this.out, this.cycle, this.businessDate, workbook.area()));
		}
	}

}
