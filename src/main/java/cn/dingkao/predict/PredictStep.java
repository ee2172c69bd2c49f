package cn.dingkao.predict;

import java.util.List;

import cn.dingkao.batch.JobStep;
import cn.dingkao.batch.JobSteps;

/** The prediction's own steps, in the order they run after the import ({@link PredictJobConfiguration}). */
enum PredictStep implements JobStep {

	/** Open a prediction run (refused while an import is half merged, or 2026R before 2026 has results). */
	START("start", "预计：准备"),
	/** Predict every physician: the manager of the partitions below. */
	PHYSICIANS("physicians", "预计：全部医师"),
	/** Predict the physicians of one range of cert_no (a partition of {@link #PHYSICIANS}). */
	PHYSICIAN_RANGE("physicianRange", "预计：一段医师") {
		@Override
		public String unit() {
			return "医师 (physicians)";
		}
	},
	/** The day's counts per institution and step. */
	COUNTS("counts", "预计：各机构各步骤计数"),
	/** The day's reminders and the institutions' digests, into the outbox. */
	REMIND("remind", "预计：提醒短信") {
		@Override
		public String unit() {
			return "条 (messages)";
		}
	},
	/** Close the prediction run. */
	FINISH("finish", "预计：完成");

	static final String JOB = "predict";

	private final String stepName;

	private final String label;

	PredictStep(String step, String label) {
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
