package cn.dingkao.summary;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

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

	private final String areas;

	private final ResultStanding standing;

	private List<SummaryWorkbook> workbooks;

	/**
	 * {@code areas}: the codes of the areas of the part, comma-separated ({@link SummaryPartitioner#AREAS}); null for a
	 * part an earlier version made (then the city's alone, or every district's).
	 */
	SummaryAreaReader(SummaryMapper mapper, Cycle cycle, LocalDate businessDate, boolean city, String areas,
			ResultStanding standing) {
		this.mapper = mapper;
		this.cycle = cycle;
		this.businessDate = businessDate;
		this.city = city;
		this.areas = areas;
		this.standing = standing;
		setName("summaryAreaReader");
	}

	@Override
	protected void doOpen() {
		Map<String, SummaryArea> districts = new LinkedHashMap<>();
		for (Counts district : this.mapper.districts(this.cycle)) {
			districts.put(district.groupCode(), new SummaryArea(district.groupCode(), district.groupName()));
		}
		List<SummaryArea> areas = new ArrayList<>();
		if (this.areas == null) {
			areas.addAll(this.city ? List.of(SummaryArea.CITY) : districts.values());
		}
		else {
			for (String code : this.areas.split(",")) {
				if (code.equals(SummaryArea.CITY.code())) {
					areas.add(SummaryArea.CITY);
				}
				else if (districts.containsKey(code)) {
					areas.add(districts.get(code));
				}
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
