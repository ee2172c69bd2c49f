package cn.dingkao.batch;

import org.springframework.batch.infrastructure.item.ExecutionContext;

/**
 * What a partition records about itself in its context when its partitioner makes it: the worker step it is a part
 * of and its own label (第 3 段, 全市). Spring Batch names a partition {@code <step>:<partition>}; the run pages and
 * the progress line read the step and the label from here instead of taking that name apart.
 */
public final class StepPart {

	static final String STEP = "batch.part.step";

	static final String LABEL = "batch.part.label";

	private StepPart() {
	}

	/** A partition's context, naming its worker step and its label. */
	public static ExecutionContext of(JobStep step, String label) {
		ExecutionContext context = new ExecutionContext();
		context.putString(STEP, step.stepName());
		context.putString(LABEL, label);
		return context;
	}

}
