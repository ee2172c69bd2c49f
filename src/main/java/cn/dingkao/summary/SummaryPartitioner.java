package cn.dingkao.summary;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import cn.dingkao.batch.StepPart;

import org.springframework.batch.core.partition.Partitioner;
import org.springframework.batch.infrastructure.item.ExecutionContext;

/**
 * Splits the step in two parts written side by side, each on its own thread and connection: the city's workbook
 * and the districts' workbooks. The city's lists every physician and exception the districts' list, so the two
 * are about the same work. On a restart Spring Batch reuses the parts and their contexts; a finished part is not
 * run again, the other continues with its first workbook not written.
 */
class SummaryPartitioner implements Partitioner {

	/** The context key of a part: {@link #CITY} or {@link #DISTRICTS}. */
	static final String PART = "part";

	static final String CITY = "city";

	static final String DISTRICTS = "districts";

	/** The context key of the workbooks' {@link SummaryBasis}, read once for both parts. */
	static final String BASIS = "basis";

	private final Supplier<String> basis;

	/** @param basis the workbooks' {@link SummaryBasis}, read when the parts are made (not on a restart) */
	SummaryPartitioner(Supplier<String> basis) {
		this.basis = basis;
	}

	@Override
	public Map<String, ExecutionContext> partition(int gridSize) {
		Map<String, ExecutionContext> parts = new LinkedHashMap<>();
		String basis = this.basis.get();
		for (String part : List.of(CITY, DISTRICTS)) {
			ExecutionContext context = StepPart.of(SummaryStep.WORKBOOKS, CITY.equals(part) ? "全市" : "各区");
			context.putString(PART, part);
			context.putString(BASIS, basis);
			parts.put(part, context);
		}
		return parts;
	}

}
