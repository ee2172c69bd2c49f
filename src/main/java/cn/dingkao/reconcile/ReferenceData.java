package cn.dingkao.reconcile;

import cn.dingkao.ruling.RulingEngine;
import cn.dingkao.ruling.SpecialtyCatalog;

import org.springframework.stereotype.Component;

/**
 * The reference tables the rules need, read from the database (never from constants): the specialty catalog
 * (附件2) and the engine built on it. The web's specialty choices come from the same catalog.
 */
@Component
public class ReferenceData {

	private final ReconcileMapper mapper;

	ReferenceData(ReconcileMapper mapper) {
		this.mapper = mapper;
	}

	public SpecialtyCatalog catalog() {
		return new SpecialtyCatalog(this.mapper.catalog());
	}

	public RulingEngine engine() {
		return new RulingEngine(catalog());
	}

}
