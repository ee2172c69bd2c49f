package cn.dingkao.reconcile;

import java.time.LocalDate;

import cn.dingkao.ruling.CycleCalendar;
import cn.dingkao.ruling.PhysicianCase;
import cn.dingkao.ruling.RulingEngine;

import org.springframework.batch.infrastructure.item.ItemProcessor;

/** Rules on one physician of a district's partition with the pure engine. */
class RulingProcessor implements ItemProcessor<PhysicianCase, RuledPhysician> {

	private final RulingEngine engine;

	private final CycleCalendar calendar;

	private final LocalDate businessDate;

	private final String districtCode;

	/** @param districtCode the partition's district, null for physicians whose main org is unknown */
	RulingProcessor(RulingEngine engine, CycleCalendar calendar, LocalDate businessDate, String districtCode) {
		this.engine = engine;
		this.calendar = calendar;
		this.businessDate = businessDate;
		this.districtCode = districtCode;
	}

	@Override
	public RuledPhysician process(PhysicianCase item) {
		return RuledPhysician.of(item.physician(), this.districtCode,
				this.engine.rule(item, this.calendar, this.businessDate));
	}

}
