package cn.dingkao.reconcile;

import cn.dingkao.reconcile.CaseAssembler.AssembledCase;
import cn.dingkao.ruling.CycleCalendar;
import cn.dingkao.ruling.RulingEngine;

import org.springframework.batch.infrastructure.item.ItemProcessor;

/** Rules on one physician with the pure engine. */
class RulingProcessor implements ItemProcessor<AssembledCase, RuledPhysician> {

	private final RulingEngine engine;

	private final CycleCalendar calendar;

	RulingProcessor(RulingEngine engine, CycleCalendar calendar) {
		this.engine = engine;
		this.calendar = calendar;
	}

	@Override
	public RuledPhysician process(AssembledCase item) {
		return RuledPhysician.of(item.physician(), item.application(),
				this.engine.rule(item.physicianCase(), this.calendar));
	}

}
