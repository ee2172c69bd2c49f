package cn.dingkao.web.physician;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import cn.dingkao.ruling.Cycle;
import cn.dingkao.ruling.Outcome;
import cn.dingkao.ruling.ReasonCode;
import cn.dingkao.ruling.ResultStanding;

/**
 * A physician's result in plain words, the way the command line's {@code explain} gives it to an office but
 * for the physician: the outcome, each reason as a sentence, and what to do next. The reason texts are the
 * ruling's ({@link ReasonCode#label()}); the sentences around them say what they mean for this physician.
 */
record ResultExplanation(String cycle, String outcome, boolean passed, String summary, List<Point> points,
		String ethics, String performance, String business, String specialty, java.time.LocalDate decidedOn,
		boolean predicted, String standing, java.time.LocalDate dataDate) {

	/** One reason: what happened, and what the physician can do about it. */
	record Point(String reason, String meaning, String nextStep) {
	}

	/**
	 * @param standing what the cycle's results are (issue 23): before CLOSE a prediction, with the data date of the
	 * latest run; null when unknown (the result is shown as stored)
	 */
	static ResultExplanation of(PhysicianMapper.Result result, ResultStanding standing) {
		Outcome outcome = result.outcome();
		boolean predicted = standing != null && standing.predicted();
		List<Point> points = new ArrayList<>();
		for (String code : result.reasons()) {
			Point point = point(code);
			// before CLOSE a missing step can still be taken: what to do is the next step above, not next cycle
			points.add(predicted ? new Point(point.reason(), point.meaning(), "考核通道 " + standing.close()
					+ " 关闭前仍可补上：见本页「你的下一步」。") : point);
		}
		String summary = predicted ? "按截至 " + standing.dataDate() + " 的数据，若考核通道今天关闭，" + result.cycleYear().title()
				+ "的结果将是" + outcome.label() + "。这不是最终结果：考核通道 " + standing.close() + " 关闭前仍会变化。"
				: summary(outcome, result.cycleYear());
		return new ResultExplanation(result.cycleYear().title(), outcome.label(), outcome == Outcome.PASS, summary,
				points, result.ethics().label(), result.performance().label(), result.business().label(),
				result.specialty(), result.decidedOn(), predicted, standing == null ? null : standing.text(),
				standing == null ? result.decidedOn() : standing.dataDate());
	}

	private static String summary(Outcome outcome, Cycle cycle) {
		String title = cycle.title();
		return switch (outcome) {
			case PASS -> "职业道德、工作成绩和业务水平三项均合格，" + title + "定期考核合格。";
			case FAIL -> "三项考核中有一项以上不合格，" + title + "定期考核不合格。按规定须暂停执业活动3至6个月并接受培训，"
					+ "期满后参加再次考核。";
			case NOT_PARTICIPATED -> title + "定期考核记为未参加，原因如下。";
			case DEFERRED -> "您在考核期间首次注册或变更了执业机构且未报名，按考核方案参加" + (cycle.year() + 1) + "年上半年的再次考核。";
			case HIDDEN -> "您已被主要执业机构暂存（隐藏），不参加" + title + "考核。";
		};
	}

	private static Point point(String code) {
		Optional<ReasonCode> known = ReasonCode.fromCode(code);
		if (known.isEmpty()) {
			return new Point(code, "", "如有疑问，请联系主要执业机构或所在区定考办。");
		}
		ReasonCode reason = known.get();
		return switch (reason) {
			case NOT_REGISTERED -> new Point(reason.label(), "网上报名阶段结束时，系统中没有您已提交的考核申请。",
					"如您确已报名，请联系主要执业机构核对；否则请关注下一次考核的报名时间。");
			case NOT_APPROVED -> new Point(reason.label(), "您提交了考核申请，但主要执业机构在报名审核阶段没有审核通过。",
					"请联系主要执业机构的定考负责人了解原因。");
			case REGISTERED_DURING_CYCLE -> new Point(reason.label(), "您在本考核周期内首次注册或变更了执业机构，且没有报名。",
					"请关注再次考核的报名通知，届时在网上报名。");
			case EVALUATION_MISSING -> new Point(reason.label(),
					"至少有一个执业机构没有完成（或没有确认）对您的职业道德和工作成绩考核；每个在京执业机构都须评价。",
					"请查看上方各执业机构的评价情况，并联系尚未评价或未确认的机构。");
			case ETHICS_FAIL -> new Point(reason.label(), "有执业机构将您的职业道德评为不合格。",
					"如有异议，请向该机构的考核委员会申请复核。");
			case PERFORMANCE_FAIL -> new Point(reason.label(), "有执业机构将您的工作成绩评为不合格。",
					"如有异议，请向该机构的考核委员会申请复核。");
			case EXAM_MISSING -> new Point(reason.label(), "系统中没有计入您的业务水平测评记录（未参加，或记录不在测评期内）。",
					"如您已参加测评，请联系主要执业机构或考核机构核对成绩记录。");
			case EXAM_FAIL -> new Point(reason.label(), "您参加了业务水平测评但未通过（网上考核最多3次）。",
					"如对成绩有异议，请联系考核机构。");
			case SIMPLIFIED_INELIGIBLE -> new Point(reason.label(),
					"您申请的简易程序类别与证明材料不符合考核方案第五条的条件，简易程序的测评不计入。",
					"请联系主要执业机构核对证明材料；不符合条件的须参加网上业务水平测评。");
		};
	}

}
