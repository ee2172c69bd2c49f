package cn.dingkao.ruling;

/**
 * Renders a ruling in Chinese for people: the result, each item at each site, and the rows and rules behind it.
 * Printed by the {@code explain} command and the web.
 */
public final class ChineseExplanation {

	private ChineseExplanation() {
	}

	public static String of(Ruling ruling) {
		StringBuilder text = new StringBuilder();
		text.append("医师 ").append(ruling.certNo()).append(" ").append(ruling.cycle().title()).append("定期考核结果：")
			.append(ruling.outcome().label())
			.append("（代码").append(ruling.outcome().code()).append("）\n");
		ApplicationRecord application = ruling.application();
		if (application == null) {
			text.append("考核申请：无\n");
		}
		else {
			text.append("考核申请：").append(Rows.application(application)).append("，状态：")
				.append(Rows.status(application))
				.append("，报考专业").append(application.specialty() == null ? "未填写" : application.specialty())
				.append(application.simplified() ? "，申请简易程序第" + application.simplifiedCategory() + "类" : "")
				.append('\n');
		}
		text.append("职业道德：").append(ruling.ethics().label()).append("；工作成绩：").append(ruling.performance().label())
			.append("；业务水平：").append(ruling.business().label()).append('\n');
		text.append("各执业机构：\n");
		for (SiteAssessment site : ruling.sites()) {
			text.append("  - ").append(site.orgCode()).append(site.main() ? "（主要执业机构）" : "（其他执业机构）");
			if (site.activelyHidden()) {
				text.append("：").append(site.note()).append('\n');
				continue;
			}
			text.append("：职业道德").append(site.ethics().label()).append("，工作成绩").append(site.performance().label())
				.append("；").append(site.note()).append('\n');
		}
		if (!ruling.countedExamIds().isEmpty() || !ruling.ignoredExams().isEmpty()) {
			text.append("业务水平测评：计入").append(ruling.countedExamIds().isEmpty() ? "无"
					: ruling.countedExamIds().size() + "条记录")
				.append('\n');
			for (IgnoredExam ignored : ruling.ignoredExams()) {
				text.append("  - ").append(ignored.why()).append('\n');
			}
		}
		text.append("原因：");
		if (ruling.reasons().isEmpty()) {
			text.append("无\n");
		}
		else {
			text.append('\n');
			for (ReasonCode reason : ruling.reasons()) {
				text.append("  - ").append(reason.name()).append(" ").append(reason.label()).append('\n');
			}
		}
		if (!ruling.warnings().isEmpty()) {
			text.append("数据异常（不影响结果）：\n");
			for (Warning warning : ruling.warnings()) {
				text.append("  - ").append(warning.code().name()).append(" ").append(warning.code().label()).append("：")
					.append(warning.detail()).append('\n');
			}
		}
		text.append("依据的规则：\n");
		for (String line : ruling.trace()) {
			text.append("  - ").append(line).append('\n');
		}
		text.append("依据的数据：").append(ruling.lineage().toText().isEmpty() ? "无" : ruling.lineage().toText()).append('\n');
		return text.toString();
	}

}
