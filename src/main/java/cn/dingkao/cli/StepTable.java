package cn.dingkao.cli;

import java.io.PrintStream;
import java.time.Duration;

import cn.dingkao.batch.StepCatalog;

import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.step.StepExecution;

/** What each step of a run did, as a table for the terminal: name, label, status, counts and seconds. */
public final class StepTable {

	private StepTable() {
	}

	public static void print(JobExecution execution, StepCatalog steps, PrintStream out) {
		TextTable table = new TextTable("步骤 (step)", "内容", "状态", "读取", "写入", "跳过", "秒");
		for (StepExecution step : execution.getStepExecutions()) {
			table.row(step.getStepName(), steps.label(step), step.getStatus(), step.getReadCount(), step.getWriteCount(),
					step.getSkipCount(), seconds(step));
		}
		table.print(out);
	}

	private static String seconds(StepExecution step) {
		if (step.getStartTime() == null || step.getEndTime() == null) {
			return "";
		}
		return String.format("%.1f", Duration.between(step.getStartTime(), step.getEndTime()).toMillis() / 1000.0);
	}

}
