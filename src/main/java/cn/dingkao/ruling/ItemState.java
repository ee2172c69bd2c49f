package cn.dingkao.ruling;

import java.util.Optional;

/** State of one assessed item (ethics, performance, business level). */
public enum ItemState {

	PASS("合格"), FAIL("不合格"), MISSING("缺失");

	private final String label;

	ItemState(String label) {
		this.label = label;
	}

	public String label() {
		return label;
	}

	public static Optional<ItemState> fromCode(String code) {
		return Codes.byName(ItemState.class, code);
	}

	/** FAIL beats MISSING beats PASS: the worse of two states (spec §The ruling 3, item state). */
	ItemState worse(ItemState other) {
		if (this == FAIL || other == FAIL) {
			return FAIL;
		}
		if (this == MISSING || other == MISSING) {
			return MISSING;
		}
		return PASS;
	}

}
