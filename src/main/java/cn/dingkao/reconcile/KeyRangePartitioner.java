package cn.dingkao.reconcile;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import cn.dingkao.batch.JobStep;
import cn.dingkao.batch.StepPart;
import cn.dingkao.batch.StepProgress;

import org.springframework.batch.core.partition.Partitioner;
import org.springframework.batch.infrastructure.item.ExecutionContext;

/**
 * Splits the roster into ranges of cert_no of about equal size, one partition each. Every input table is keyed by
 * cert_no, so a range of physicians is a range of every table too: each partition reads its share of each table
 * once, in key order (index range scans, no lists of keys). A restart of the step reuses the ranges it stored.
 */
class KeyRangePartitioner implements Partitioner {

	/** The range of a partition: cert_no &gt; {@code after} ("" = from the first) … ≤ {@code through} (absent = to the last). */
	static final String AFTER = "after";

	static final String THROUGH = "through";

	private final ReconcileMapper mapper;

	/** The worker step the partitions are parts of (the ruling's, or another job's that reads the same ranges). */
	private final JobStep worker;

	KeyRangePartitioner(ReconcileMapper mapper, JobStep worker) {
		this.mapper = mapper;
		this.worker = worker;
	}

	@Override
	public Map<String, ExecutionContext> partition(int gridSize) {
		long physicians = this.mapper.countPhysicians();
		List<String> bounds = new ArrayList<>();
		// how many physicians lie up to each bound: the partitions' sizes, for the progress line
		List<Long> through = new ArrayList<>();
		for (int part = 1; part < gridSize && physicians > 0; part++) {
			long offset = physicians * part / gridSize;
			String bound = this.mapper.certNoAt(offset);
			if (bound != null && (bounds.isEmpty() || bound.compareTo(bounds.get(bounds.size() - 1)) > 0)) {
				bounds.add(bound);
				through.add(offset + 1);
			}
		}
		Map<String, ExecutionContext> partitions = new LinkedHashMap<>();
		String after = "";
		long before = 0;
		for (int i = 0; i <= bounds.size(); i++) {
			ExecutionContext context = StepPart.of(this.worker, "第 " + (i + 1) + " 段");
			context.putString(AFTER, after);
			long upTo = physicians;
			if (i < bounds.size()) {
				context.putString(THROUGH, bounds.get(i));
				after = bounds.get(i);
				upTo = through.get(i);
			}
			StepProgress.rows(context, upTo - before);
			before = upTo;
			partitions.put("range-" + (i + 1), context);
		}
		return partitions;
	}

}
