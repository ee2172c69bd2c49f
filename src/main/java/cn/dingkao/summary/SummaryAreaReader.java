package cn.dingkao.summary;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import cn.dingkao.ruling.Cycle;
import cn.dingkao.ruling.ResultStanding;

import org.springframework.batch.infrastructure.item.support.AbstractItemCountingItemStreamItemReader;

/**
 * The workbooks of one part of the step: the city's, or every district's with physicians in the results of the
 * cycle, with the counts they need (read on open, so again on a restart). The list is tiny; its read count is
 * saved, so a restart continues with the first workbook not yet written.
 */
class SummaryAreaReader extends AbstractItemCountingItemStreamItemReader<SummaryWorkbook> {

	private final SummaryMapper mapper;

	private final Cycle cycle;

	private final LocalDate businessDate;

	private final boolean city;

	private final ResultStanding standing;

	private List<SummaryWorkbook> workbooks;

	SummaryAreaReader(SummaryMapper mapper, Cycle cycle, LocalDate businessDate, boolean city,
			ResultStanding standing) {
		this.mapper = mapper;
		this.cycle = cycle;
		this.businessDate = businessDate;
		this.city = city;
		this.standing = standing;
		setName("summaryAreaReader");
	}

	@Override
	protected void doOpen() {
		List<SummaryArea> areas = new ArrayList<>();
		if (this.city) {
			areas.add(SummaryArea.CITY);
		}
		else {
			for (Counts district : this.mapper.districts(this.cycle)) {
				areas.add(new SummaryArea(district.groupCode(), district.groupName()));
			}
		}
		AreaCounts counts = new AreaCounts(this.mapper, this.cycle);
		this.workbooks = new ArrayList<>();
		for (SummaryArea area : areas) {
			this.workbooks.add(new SummaryWorkbook(this.mapper, counts, this.cycle, area, this.businessDate,
					this.standing));
		}
	}

	@Override
	protected SummaryWorkbook doRead() {
		int index = getCurrentItemCount() - 1;
		return index < this.workbooks.size() ? this.workbooks.get(index) : null;
	}

	@Override
	protected void doClose() {
		this.workbooks = null;
	}

}
