package cn.dingkao.summary;

import java.util.List;

import cn.dingkao.batch.JobStep;
import cn.dingkao.batch.JobSteps;

/**
 * The summary job's step ({@link SummaryJobConfiguration}): its two parts, the city's workbook and the districts',
 * run as partitions of it and bear its name.
 */
enum SummaryStep implements JobStep {

	WORKBOOKS("workbooks", "汇总表");

	static final String JOB = "summary";

	private final String stepName;

	private final String label;

	SummaryStep(String step, String label) {
		this.stepName = JOB + "." + step;
		this.label = label;
	}

	@Override
	public String stepName() {
		return this.stepName;
	}

	@Override
	public String label() {
		return this.label;
	}

	@Override
	public String unit() {
		return "份 (workbooks)";
	}

	static JobSteps all() {
		return new JobSteps(JOB, List.of(values()));
	}

}
