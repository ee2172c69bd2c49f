package cn.dingkao.reconcile;

import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.batch.core.partition.Partitioner;
import org.springframework.batch.infrastructure.item.ExecutionContext;

/**
 * One partition per district that has physicians, plus one for physicians whose main org is unknown
 * (their district is null). Partitions are named by district so a restart finds the same ones.
 */
class DistrictPartitioner implements Partitioner {

	static final String DISTRICT = "district";

	static final String UNKNOWN = "unknown";

	private final ReconcileMapper mapper;

	DistrictPartitioner(ReconcileMapper mapper) {
		this.mapper = mapper;
	}

	/** The district a partition's context names; null for the physicians whose main org is unknown. */
	static String districtCode(String partitionDistrict) {
		return UNKNOWN.equals(partitionDistrict) ? null : partitionDistrict;
	}

	@Override
	public Map<String, ExecutionContext> partition(int gridSize) {
		Map<String, ExecutionContext> partitions = new LinkedHashMap<>();
		for (String district : this.mapper.districtsWithPhysicians()) {
			ExecutionContext context = new ExecutionContext();
			context.putString(DISTRICT, district == null ? UNKNOWN : district);
			partitions.put("district-" + (district == null ? UNKNOWN : district), context);
		}
		return partitions;
	}

}
