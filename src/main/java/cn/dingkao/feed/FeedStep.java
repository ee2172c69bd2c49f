package cn.dingkao.feed;

import java.util.List;

import cn.dingkao.batch.JobStep;
import cn.dingkao.batch.JobSteps;

/** The feed job's step ({@link FeedJobConfiguration}). */
enum FeedStep implements JobStep {

	DELIVER("deliver", "报送电子化注册系统");

	static final String JOB = "feed";

	private final String stepName;

	private final String label;

	FeedStep(String step, String label) {
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
