package cn.dingkao.reconcile;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import cn.dingkao.ruling.CatalogEntry;
import cn.dingkao.ruling.CycleCalendar;
import cn.dingkao.ruling.ExamMode;
import cn.dingkao.ruling.RulingEngine;
import cn.dingkao.ruling.SpecialtyCatalog;

import org.springframework.stereotype.Component;

/** Builds the engine and the cycle's calendar from the reference tables (never from constants). */
@Component
class RulingSettings {

	private final ReconcileMapper mapper;

	RulingSettings(ReconcileMapper mapper) {
		this.mapper = mapper;
	}

	RulingEngine engine() {
		return new RulingEngine(catalog());
	}

	SpecialtyCatalog catalog() {
		List<CatalogEntry> entries = this.mapper.catalog()
			.stream()
			.map(RulingSettings::entry)
			.toList();
		return new SpecialtyCatalog(entries);
	}

	CycleCalendar calendar(int cycle, LocalDate businessDate) {
		LocalDate registration = this.mapper.phaseStart(cycle, "REGISTRATION");
		LocalDate close = this.mapper.phaseStart(cycle, "CLOSE");
		if (registration == null || close == null) {
			throw new IllegalStateException("考核年度 " + cycle + " 没有时间安排（cycle_phase 缺 REGISTRATION 或 CLOSE）"
					+ " (no timeline for cycle " + cycle + ")");
		}
		return new CycleCalendar(cycle, registration, close, businessDate);
	}

	private static CatalogEntry entry(Map<String, Object> row) {
		return new CatalogEntry((String) row.get("board"), (String) row.get("practice_category"),
				(String) row.get("clinical_subject"), (String) row.get("practice_scope"),
				(String) row.get("exam_specialty"), ExamMode.valueOf((String) row.get("exam_mode")));
	}

}
