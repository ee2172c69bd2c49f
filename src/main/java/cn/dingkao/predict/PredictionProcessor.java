package cn.dingkao.predict;

import java.time.LocalDate;

import cn.dingkao.ruling.CycleCalendar;
import cn.dingkao.ruling.PhysicianCase;
import cn.dingkao.ruling.Predictor;

import org.springframework.batch.infrastructure.item.ItemProcessor;

/** Predicts one physician on the run's day, with the engine and timeline the ruling uses. */
class PredictionProcessor implements ItemProcessor<PhysicianCase, PredictedPhysician> {

	private final Predictor predictor;

	private final CycleCalendar calendar;

	private final LocalDate day;

	PredictionProcessor(Predictor predictor, CycleCalendar calendar, LocalDate day) {
		this.predictor = predictor;
		this.calendar = calendar;
		this.day = day;
	}

	@Override
	public PredictedPhysician process(PhysicianCase item) {
		return PredictedPhysician.of(item.physician(), this.predictor.predict(item, this.calendar, this.day));
	}

}
