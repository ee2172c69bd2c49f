package cn.dingkao.reconcile;

import java.util.List;

import cn.dingkao.batch.JobStep;
import cn.dingkao.batch.JobSteps;

/** The ruling job's steps, in the order they run ({@link RuleJobConfiguration}). */
enum RuleStep implements JobStep {

	/** Open a ruling run (refused while an import is half merged). */
	START("start", "认定：准备"),
	/** Rule on every physician: the manager of the partitions below. */
	PHYSICIANS("physicians", "认定：全部医师"),
	/** Rule on the physicians of one range of cert_no (a partition of {@link #PHYSICIANS}). */
	PHYSICIAN_RANGE("physicianRange", "认定：一段医师") {
		@Override
		public String unit() {
			return "医师 (physicians)";
		}
	},
	/** The set-based warnings about rows that match no physician or org. */
	UNKNOWN_RECORDS("unknownRecords", "认定：无对应医师或机构的记录"),
	/** Close the ruling run. */
	FINISH("finish", "认定：完成");

	static final String JOB = "rule";

	private final String stepName;

	private final String label;

	RuleStep(String step, String label) {
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

	static JobSteps all() {
		return new JobSteps(JOB, List.of(values()));
	}

}
