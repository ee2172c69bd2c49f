package cn.dingkao.batch;

import org.springframework.batch.core.BatchStatus;

/** The state of a run or of one of its steps, in Chinese, wherever job history is shown. */
public final class RunStatus {

	private RunStatus() {
	}

	public static String label(BatchStatus status) {
		return switch (status) {
			case COMPLETED -> "已完成";
			case STARTING -> "准备启动";
			case STARTED -> "运行中";
			case STOPPING -> "正在停止";
			case STOPPED -> "已停止";
			case FAILED -> "失败";
			case ABANDONED -> "已放弃";
			case UNKNOWN -> "状态未知";
		};
	}

}
