package cn.dingkao.summary;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import cn.dingkao.batch.StepPart;
import cn.dingkao.ruling.Cycle;

import org.springframework.batch.core.partition.Partitioner;
import org.springframework.batch.infrastructure.item.ExecutionContext;

/**
 * Splits the step in two parts written side by side, each on its own thread and connection: the city's workbook
 * with some districts' after it, and the other districts'. The city's lists every physician and exception the
 * districts' list, but each workbook also costs something whatever its size (styles, charts, the file): the city's
 * alone was done in two thirds of the time of the sixteen districts' (issue 26), one thread then idle. So the
 * districts are shared out, largest first, each to the part with less work so far, a workbook counting as
 * {@link #WORKBOOK_WEIGHT} physicians more than it lists. Which areas a part writes is in its context
 * ({@link #AREAS}), decided once: on a restart Spring Batch reuses the parts and their contexts; a finished part is
 * not run again, the other continues with its first workbook not written.
 */
class SummaryPartitioner implements Partitioner {

	/** The context key of a part: {@link #CITY} or {@link #DISTRICTS}. */
	static final String PART = "part";

	/** The context key of the codes of the areas a part writes, in order, comma-separated. */
	static final String AREAS = "areas";

	static final String CITY = "city";

	static final String DISTRICTS = "districts";

	/** What a workbook costs beyond its rows, in physicians (measured: 16 districts' vs the city's, 150,000). */
	static final long WORKBOOK_WEIGHT = 5_000;

	private final SummaryMapper mapper;

	private final Cycle cycle;

	SummaryPartitioner(SummaryMapper mapper, Cycle cycle) {
		this.mapper = mapper;
		this.cycle = cycle;
	}

	@Override
	public Map<String, ExecutionContext> partition(int gridSize) {
		List<Counts> districts = new ArrayList<>(this.mapper.districtSizes(this.cycle));
		// largest first; equal sizes by code, so that the same results give the same parts
		districts.sort(Comparator.comparingLong(Counts::roster).reversed().thenComparing(Counts::groupCode));
		List<String> city = new ArrayList<>(List.of(SummaryArea.CITY.code()));
		List<String> others = new ArrayList<>();
		long cityWork = districts.stream().mapToLong(Counts::roster).sum() + WORKBOOK_WEIGHT;
		long othersWork = 0;
		for (Counts district : districts) {
			long work = district.roster() + WORKBOOK_WEIGHT;
			if (othersWork <= cityWork) {
				others.add(district.groupCode());
				othersWork += work;
			}
			else {
				city.add(district.groupCode());
				cityWork += work;
			}
		}
		Map<String, ExecutionContext> parts = new LinkedHashMap<>();
		parts.put(CITY, part(CITY, city.size() == 1 ? "全市" : "全市及" + (city.size() - 1) + "个区", city));
		parts.put(DISTRICTS, part(DISTRICTS, city.size() == 1 ? "各区" : others.size() + "个区", others));
		return parts;
	}

	private static ExecutionContext part(String part, String label, List<String> areas) {
		ExecutionContext context = StepPart.of(SummaryStep.WORKBOOKS, label);
		context.putString(PART, part);
		context.putString(AREAS, String.join(",", areas));
		return context;
	}

}
