package cn.dingkao.ruling;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * A physician's predicted result and the steps still open (spec "Seeing it coming"), as of one day: {@code ruling}
 * is the ruling as if CLOSE were that day; {@code steps} the steps not yet taken, in the order of the cycle (the
 * first is the next step), empty when nothing is left to do (passed, hidden, a FAIL already final, or after CLOSE).
 */
public record Prediction(Ruling ruling, LocalDate asOf, List<NextStep> steps) {

	public Prediction {
		steps = List.copyOf(steps);
	}

	public Optional<NextStep> next() {
		return this.steps.isEmpty() ? Optional.empty() : Optional.of(this.steps.get(0));
	}

	public Outcome outcome() {
		return this.ruling.outcome();
	}

	/**
	 * 有风险 (spec "Seeing it coming"): the next step is overdue or due within {@code days} days, or the predicted result
	 * is already 不合格.
	 */
	public boolean atRisk(int days) {
		return this.ruling.outcome() == Outcome.FAIL
				|| next().map(step -> !step.deadline().isAfter(this.asOf.plusDays(days))).orElse(false);
	}

}
