package cn.dingkao.summary;

import java.util.ArrayList;
import java.util.List;

import cn.dingkao.ruling.Cycle;

import org.springframework.batch.infrastructure.item.support.AbstractItemCountingItemStreamItemReader;

/**
 * The workbooks to write: every district with physicians in the results of the cycle, then the city. The list is
 * tiny; its read count is saved, so a restart continues with the first workbook not yet written.
 */
class SummaryAreaReader extends AbstractItemCountingItemStreamItemReader<SummaryArea> {

	private final SummaryMapper mapper;

	private final Cycle cycle;

	private List<SummaryArea> areas;

	SummaryAreaReader(SummaryMapper mapper, Cycle cycle) {
		this.mapper = mapper;
		this.cycle = cycle;
		setName("summaryAreaReader");
	}

	@Override
	protected void doOpen() {
		this.areas = new ArrayList<>();
		for (Counts district : this.mapper.districts(this.cycle)) {
			this.areas.add(new SummaryArea(district.groupCode(), district.groupName()));
		}
		this.areas.add(SummaryArea.CITY);
	}

	@Override
	protected SummaryArea doRead() {
		int index = getCurrentItemCount() - 1;
		return index < this.areas.size() ? this.areas.get(index) : null;
	}

	@Override
	protected void doClose() {
		this.areas = null;
	}

}
