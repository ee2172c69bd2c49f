package cn.dingkao.batch;

import java.util.List;

/**
 * The steps one job declares, as a bean: {@link StepCatalog} gathers every job's list, so that a page or the
 * progress line can name any step of any job without knowing the jobs.
 *
 * @param job the job's name
 * @param steps its steps, in the order it runs them
 */
public record JobSteps(String job, List<? extends JobStep> steps) {

	public JobSteps {
		steps = List.copyOf(steps);
	}

}
