package cn.dingkao.summary;

import java.nio.file.Path;
import java.time.LocalDate;

import cn.dingkao.ruling.Cycle;

import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.batch.infrastructure.item.ItemWriter;

/** Writes the workbook of each area it is given (one per chunk). */
class SummaryWorkbookWriter implements ItemWriter<SummaryArea> {

	private final SummaryMapper mapper;

	private final Cycle cycle;

	private final LocalDate businessDate;

	private final Path out;

	SummaryWorkbookWriter(SummaryMapper mapper, Cycle cycle, LocalDate businessDate, Path out) {
		this.mapper = mapper;
		this.cycle = cycle;
		this.businessDate = businessDate;
		this.out = out;
	}

	@Override
	public void write(Chunk<? extends SummaryArea> chunk) {
		for (SummaryArea area : chunk) {
			new SummaryWorkbook(this.mapper, this.cycle, area, this.businessDate)
				.writeTo(SummaryFiles.path(this.out, this.cycle, this.businessDate, area));
		}
	}

}
