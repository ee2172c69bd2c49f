package cn.dingkao.batch;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.stereotype.Component;

/**
 * Every job's steps ({@link JobSteps}), found by the name a step execution bears — or, for a partition, by the
 * step its context names ({@link StepPart}). A step this version does not declare (a run recorded by an older
 * one) is shown by its recorded name.
 */
@Component
public class StepCatalog {

	private final Map<String, JobStep> byName = new LinkedHashMap<>();

	public StepCatalog(List<JobSteps> jobs) {
		for (JobSteps job : jobs) {
			for (JobStep step : job.steps()) {
				JobStep before = this.byName.putIfAbsent(step.stepName(), step);
				if (before != null && !before.equals(step)) {
					throw new IllegalStateException("two steps are named " + step.stepName());
				}
			}
		}
	}

	/** The declared step an execution ran: the step itself, or the worker step of a partition. */
	public Optional<JobStep> step(StepExecution execution) {
		ExecutionContext context = execution.getExecutionContext();
		String name = context.containsKey(StepPart.STEP) ? context.getString(StepPart.STEP) : execution.getStepName();
		return Optional.ofNullable(this.byName.get(name));
	}

	/** The partition's own label (第 3 段, 全市), or empty for a step that is not a partition. */
	public Optional<String> part(StepExecution execution) {
		ExecutionContext context = execution.getExecutionContext();
		return context.containsKey(StepPart.LABEL) ? Optional.of(context.getString(StepPart.LABEL)) : Optional.empty();
	}

	/** What a step execution did, in Chinese: the step's label, and the partition's in brackets. */
	public String label(StepExecution execution) {
		String label = step(execution).map(JobStep::label).orElse(execution.getStepName());
		return part(execution).map(part -> label + "（" + part + "）").orElse(label);
	}

}
