package cn.dingkao.reconcile;

import java.util.List;

import cn.dingkao.ruling.Cycle;
import cn.dingkao.ruling.Outcome;

/**
 * Who a re-assessment rules (spec "The re-assessment"): physicians of the roster whose current result of the base
 * cycle is FAIL or DEFERRED (plan §二(六): 顺延 and 不合格 are assessed again in the first half of the next year).
 * A regular cycle rules everyone of the roster and has no population ({@link #of} gives null).
 */
public record Population(Cycle base, List<Integer> outcomeCodes) {

	static final List<Outcome> REASSESSED = List.of(Outcome.FAIL, Outcome.DEFERRED);

	static Population of(Cycle cycle) {
		if (!cycle.reassessment()) {
			return null;
		}
		return new Population(cycle.base(), REASSESSED.stream().map(Outcome::code).toList());
	}

}
