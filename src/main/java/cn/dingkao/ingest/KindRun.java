package cn.dingkao.ingest;

import java.nio.file.Path;

import cn.dingkao.batch.RunParameters;

import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepExecution;

/**
 * One kind in one run: what a part of the import works on — the kind it was built for, the run (job execution)
 * whose {@code import_file} rows it reads and writes, and the run's folders, read from the step it runs in. Nothing
 * else passes between the steps of a kind: what one decided, the next reads from {@code import_file}.
 */
record KindRun(ImportKind kind, long jobExecutionId, Path input, Path out) {

	static KindRun of(ImportKind kind, StepExecution step) {
		var parameters = step.getJobExecution().getJobParameters();
		return new KindRun(kind, step.getJobExecution().getId(), RunParameters.input(parameters),
				RunParameters.out(parameters));
	}

	static KindRun of(ImportKind kind, ChunkContext chunkContext) {
		return of(kind, chunkContext.getStepContext().getStepExecution());
	}

}
