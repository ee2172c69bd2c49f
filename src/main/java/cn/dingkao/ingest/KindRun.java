package cn.dingkao.ingest;

import java.nio.file.Path;

import org.springframework.batch.core.step.StepExecution;

/**
 * One kind in one run: what a step-scoped part of the import works on, read from its step — the kind from the
 * step's name ({@code import.<kind>.<phase>}), the run (job execution) whose {@code import_file} rows it reads and
 * writes, and the run's folders. Nothing else passes between the steps of a kind: what one decided, the next reads
 * from {@code import_file}.
 */
record KindRun(ImportKind kind, long jobExecutionId, Path input, Path out) {

	static final String PREPARE = "prepare";

	static final String LOAD = "load";

	static final String ANALYZE = "analyze";

	static final String MERGE = "merge";

	static final String DISCARD = "discard";

	static String stepName(ImportKind kind, String phase) {
		return "import." + kind.baseName() + "." + phase;
	}

	static KindRun of(StepExecution step) {
		String[] parts = step.getStepName().split("\\.");
		ImportKind kind = null;
		for (ImportKind candidate : ImportKind.values()) {
			if (parts.length == 3 && parts[0].equals("import") && candidate.baseName().equals(parts[1])) {
				kind = candidate;
			}
		}
		if (kind == null) {
			throw new IllegalStateException("not a step of an import kind: " + step.getStepName());
		}
		var parameters = step.getJobExecution().getJobParameters();
		return new KindRun(kind, step.getJobExecution().getId(), Path.of(parameters.getString("input")),
				Path.of(parameters.getString("out")));
	}

}
