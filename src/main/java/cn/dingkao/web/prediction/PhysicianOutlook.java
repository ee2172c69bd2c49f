package cn.dingkao.web.prediction;

import java.time.LocalDate;
import java.util.List;

import cn.dingkao.ruling.Cycle;
import cn.dingkao.ruling.Outcome;
import cn.dingkao.ruling.ReasonCode;

/**
 * What the physician's home leads with (spec "Seeing it coming"): the next step and its deadline — the physician's
 * own, or whose it is when someone else must act — every open step, and the predicted result, marked 预计 with its
 * data date. Worked out on the physician's rows as they are now (the data date is today).
 */
public record PhysicianOutlook(Cycle cycle, LocalDate dataDate, LocalDate close, Outcome outcome,
		List<ReasonCode> reasons, List<StepView> steps, int riskDays) {

	public StepView next() {
		return this.steps.isEmpty() ? null : this.steps.get(0);
	}

	/** The first open step the physician takes, when it is not the next one (someone else acts first). */
	public StepView ownLater() {
		for (int i = 1; i < this.steps.size(); i++) {
			if (this.steps.get(i).physicians()) {
				return this.steps.get(i);
			}
		}
		return null;
	}

	public boolean atRisk() {
		return this.outcome == Outcome.FAIL || (next() != null && next().dueWithin(this.riskDays));
	}

	public String outcomeLabel() {
		return this.outcome.label();
	}

	public boolean passing() {
		return this.outcome == Outcome.PASS;
	}

	/** 按 2026-06-01 的数据，若考核通道今天关闭；考核通道 2026-08-10 关闭前仍会变化 */
	public String standing() {
		return "按 " + this.dataDate + " 的数据，若考核通道今天关闭；考核通道 " + this.close + " 关闭前仍会变化";
	}

	/** One sentence on where the physician stands. */
	public String summary() {
		if (this.outcome == Outcome.HIDDEN) {
			return "您已被主要执业机构暂存，本年度无需操作。";
		}
		if (next() == null) {
			return this.outcome == Outcome.PASS ? "各项考核均已完成，无需再操作。"
					: "结果已确定为" + this.outcome.label() + "，没有可以补做的步骤。";
		}
		return next().physicians() ? "请在截止日期前完成下一步。" : "下一步由" + next().who() + "办理，您可以提醒对方。";
	}

}
