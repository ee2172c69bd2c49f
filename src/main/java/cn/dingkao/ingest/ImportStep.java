package cn.dingkao.ingest;

import java.util.ArrayList;
import java.util.List;

import cn.dingkao.batch.JobStep;
import cn.dingkao.batch.JobSteps;

/**
 * The import's steps: for each kind, in {@link ImportKind} order, one step per {@link Phase} —
 * {@code import.<kind>.<phase>} — then {@link #STATISTICS}. The job is built from this list
 * ({@link ImportJobConfiguration}), each step's tasklet with its kind; changing the phases of a kind is changing
 * {@link Phase} and the switch that builds a phase's step.
 *
 * @param kind the kind the step imports; null for {@link #STATISTICS}, which is about all of them
 * @param phase what the step does
 */
record ImportStep(ImportKind kind, Phase phase) implements JobStep {

	static final String JOB = "import";

	/** After every kind: the optimizer statistics of the input tables. */
	static final ImportStep STATISTICS = new ImportStep(null, Phase.STATISTICS);

	/** What a step of the import does. */
	enum Phase {

		/** Find the kind's file, fingerprint it, register it ({@link PrepareFileTasklet}). */
		PREPARE("prepare", "检查文件"),
		/**
		 * Stream the file into staging, chunk by chunk, rejects aside ({@link FileLineReader}); then the staging
		 * tables' statistics ({@link StagingUpkeep#statistics}).
		 */
		LOAD("load", "读入"),
		/**
		 * Into the input tables, slice by slice ({@link MergeFileTasklet}); then staging emptied
		 * ({@link StagingUpkeep#discard}).
		 */
		MERGE("merge", "合并入库"),
		/** The input tables' statistics, once for all kinds ({@link InputStatisticsTasklet}). */
		STATISTICS("statistics", "更新输入表统计");

		private final String key;

		private final String label;

		Phase(String key, String label) {
			this.key = key;
			this.label = label;
		}

		/** The phases every kind goes through, in order. */
		static List<Phase> ofEachKind() {
			return List.of(PREPARE, LOAD, MERGE);
		}

	}

	static ImportStep of(ImportKind kind, Phase phase) {
		return new ImportStep(kind, phase);
	}

	/** The kind's steps, in the order they run. */
	static List<ImportStep> of(ImportKind kind) {
		return Phase.ofEachKind().stream().map(phase -> of(kind, phase)).toList();
	}

	/** Every step of the import, in the order of its kinds. */
	static JobSteps all() {
		List<ImportStep> steps = new ArrayList<>();
		for (ImportKind kind : ImportKind.values()) {
			steps.addAll(of(kind));
		}
		steps.add(STATISTICS);
		return new JobSteps(JOB, steps);
	}

	@Override
	public String stepName() {
		return this.kind == null ? JOB + "." + this.phase.key : JOB + "." + this.kind.baseName() + "." + this.phase.key;
	}

	@Override
	public String label() {
		return this.kind == null ? "导入：" + this.phase.label : "导入「" + this.kind.label() + "」：" + this.phase.label;
	}

}
