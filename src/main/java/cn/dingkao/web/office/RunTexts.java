package cn.dingkao.web.office;

import cn.dingkao.ingest.ImportKind;

import org.springframework.batch.core.BatchStatus;

/**
 * What an office reads about a run: the state of a run or step and the name of each step, in Chinese. Step names
 * are the jobs' own ({@code import.roster.load}, {@code rulePhysicianRange:range-3}, …); one this page does not
 * know yet is shown as it is.
 */
final class RunTexts {

	private RunTexts() {
	}

	static String status(BatchStatus status) {
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

	static String step(String name) {
		if (name.startsWith("import.")) {
			String[] parts = name.split("\\.");
			for (ImportKind kind : ImportKind.values()) {
				if (parts.length == 3 && kind.baseName().equals(parts[1])) {
					return "导入「" + kind.label() + "」：" + switch (parts[2]) {
						case "prepare" -> "检查文件";
						case "load" -> "读入";
						case "analyze" -> "更新暂存表统计";
						case "merge" -> "合并入库";
						case "discard" -> "清空暂存";
						default -> parts[2];
					};
				}
			}
		}
		// the ruling's partitions are ranges of cert_no, numbered from 1
		if (name.startsWith("rulePhysicianRange:range-")) {
			return "认定：第 " + name.substring("rulePhysicianRange:range-".length()) + " 段医师";
		}
		return switch (name) {
			case "import.statistics" -> "导入：更新数据库统计信息";
			case "summaryStep:city" -> "汇总表：全市";
			case "summaryStep:districts" -> "汇总表：各区";
			case "ruleStart" -> "认定：准备";
			case "rulePhysicians" -> "认定：全部医师";
			case "ruleUnknownRecords" -> "认定：无对应医师或机构的记录";
			case "ruleFinish" -> "认定：完成";
			case "summaryStep" -> "汇总表";
			case "feedStep" -> "报送电子化注册系统";
			default -> name;
		};
	}

}
