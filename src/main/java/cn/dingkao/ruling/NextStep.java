package cn.dingkao.ruling;

import java.time.LocalDate;

/**
 * One step a physician's assessment still waits for (spec "Seeing it coming"): what, who must take it ({@code orgCode}
 * names the institution when an institution must act), by when, and whether that day has passed. A past deadline
 * still matters until CLOSE: a record that arrives by then counts.
 *
 * @param returned an APPROVE step that went back to the physician: the application was returned (打回)
 * @param examMode for EXAM, how the physician is tested (online, offline, simplified procedure); null otherwise
 * @param triesLeft for an online EXAM, how many of the 3 online tries are left; null otherwise
 */
public record NextStep(Step step, Actor actor, String orgCode, LocalDate deadline, boolean overdue, boolean returned,
		ExamMode examMode, Integer triesLeft) {

	/** True when the physician must act (the reminders go to these). */
	public boolean physicians() {
		return this.actor == Actor.PHYSICIAN;
	}

	/** What has to be done, in Chinese, without names (the pages add the institution's name). */
	public String text() {
		return switch (this.step) {
			case SUBMIT -> "网上报名：确认个人信息并提交考核申请";
			case APPROVE -> this.returned ? "报名已被主要执业机构打回：按打回原因修改后重新提交" : "主要执业机构审核考核申请";
			case RATE -> "执业机构评价职业道德和工作成绩";
			case CONFIRM -> "执业机构确认评价结果";
			case EXAM -> examText();
		};
	}

	private String examText() {
		if (this.examMode == ExamMode.SIMPLIFIED) {
			return "业务水平测评（简易程序）：待考核机构录入简易程序测评结果";
		}
		if (this.examMode == ExamMode.OFFLINE) {
			return "参加业务水平线下测评并通过";
		}
		return "参加业务水平网上测评并通过" + (this.triesLeft == null ? ""
				: "（" + BusinessLevel.ONLINE_ATTEMPT_LIMIT + " 次网上考核机会还剩 " + this.triesLeft + " 次）");
	}

}
