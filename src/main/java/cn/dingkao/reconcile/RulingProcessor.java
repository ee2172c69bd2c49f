package cn.dingkao.reconcile;

import java.time.LocalDate;

import cn.dingkao.ruling.CycleCalendar;
import cn.dingkao.ruling.PhysicianCase;
import cn.dingkao.ruling.RulingEngine;

import org.springframework.batch.infrastructure.item.ItemProcessor;

/** Rules on one physician with the pure engine. */
class RulingProcessor implements ItemProcessor<PhysicianCase, RuledPhysician> {

	private final RulingEngine engine;

	private final CycleCalendar calendar;

	private final LocalDate businessDate;

	RulingProcessor(RulingEngine engine, CycleCalendar calendar, LocalDate businessDate) {
		this.engine = engine;
		this.calendar = calendar;
		this.businessDate = businessDate;
	}

	@Override
	public RuledPhysician process(PhysicianCase item) {
		return RuledPhysician.of(item.physician(), this.engine.rule(item, this.calendar, this.businessDate));
	}

}
