package cn.dingkao.batch;

/**
 * A step of a job as the job repository records it and as people read it: its name, {@code <job>.<step>}
 * ({@code import.roster.load}, {@code rule.physicians}), and its Chinese label. Each job declares its steps as one
 * typed list ({@link JobSteps}) and builds them from it, so the command line's progress, the job history and the
 * office's run pages name every step from there, never by reading a step's name apart.
 */
public interface JobStep {

	/** The name Spring Batch records for the step. */
	String stepName();

	/** What the step does, in Chinese, for the run pages and the progress line. */
	String label();

	/** What the step's read and write counts count, for the progress line. */
	default String unit() {
		return "行 (rows)";
	}

}
