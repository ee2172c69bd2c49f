package cn.dingkao.web.prediction;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

import cn.dingkao.ruling.Actor;
import cn.dingkao.ruling.NextStep;

/**
 * An open step as the pages show it: what, who (with the institution's name), by when, and how that stands today —
 * 已逾期 when the deadline has passed (a record that arrives before CLOSE still counts), else the days left.
 */
public record StepView(NextStep step, String orgName, LocalDate today) {

	/** A stored prediction's next step, as of today; null when it has none. */
	static StepView of(PredictionPageMapper.PredictionRow row, LocalDate today) {
		if (row.nextStep() == null) {
			return null;
		}
		NextStep next = new NextStep(row.nextStep(), row.nextActor(), row.nextOrg(), row.deadline(),
				today.isAfter(row.deadline()), row.returned(), row.examMode(), row.triesLeft());
		return new StepView(next, row.nextOrgName(), today);
	}

	public String label() {
		return this.step.step().label();
	}

	public String what() {
		return this.step.text();
	}

	public boolean physicians() {
		return this.step.actor() == Actor.PHYSICIAN;
	}

	/** 医师本人, or 主要执业机构 北京市大兴区人民医院 / 其他执业机构 …. */
	public String who() {
		return switch (this.step.actor()) {
			case PHYSICIAN -> "医师本人";
			case MAIN_ORG -> "主要执业机构 " + name();
			case SITE -> "其他执业机构 " + name();
		};
	}

	private String name() {
		return this.orgName != null ? this.orgName : this.step.orgCode();
	}

	public LocalDate deadline() {
		return this.step.deadline();
	}

	/** As of today (a stored step is read on a later day than it was predicted for). */
	public boolean overdue() {
		return this.today.isAfter(this.step.deadline());
	}

	public long daysLeft() {
		return Math.max(0, ChronoUnit.DAYS.between(this.today, this.step.deadline()));
	}

	/** 已逾期（截止 2026-04-30） / 今天截止 / 截止 2026-06-26，还有 12 天. */
	public String when() {
		if (overdue()) {
			return "已逾期（截止 " + deadline() + "）";
		}
		long days = daysLeft();
		return days == 0 ? "今天截止（" + deadline() + "）" : "截止 " + deadline() + "，还有 " + days + " 天";
	}

	/** Due within {@code days} days, or overdue. */
	public boolean dueWithin(int days) {
		return !this.step.deadline().isAfter(this.today.plusDays(days));
	}

}
