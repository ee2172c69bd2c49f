package cn.dingkao.summary;

/** Physicians of one group (area, institution, district or specialty) counted by outcome. Filled by MyBatis. */
class Counts {

	private String groupCode;

	private String groupName;

	private long roster;

	private long hidden;

	private long submitted;

	private long approved;

	private long rated;

	private long examPassed;

	private long passed;

	private long failed;

	private long absent;

	private long deferred;

	String groupCode() {
		return groupCode;
	}

	String groupName() {
		return groupName;
	}

	long roster() {
		return roster;
	}

	/** 应考 = physicians of the roster minus 暂存. */
	long required() {
		return roster - hidden;
	}

	long hidden() {
		return hidden;
	}

	long submitted() {
		return submitted;
	}

	long approved() {
		return approved;
	}

	long rated() {
		return rated;
	}

	long examPassed() {
		return examPassed;
	}

	long passed() {
		return passed;
	}

	long failed() {
		return failed;
	}

	long absent() {
		return absent;
	}

	long deferred() {
		return deferred;
	}

	/** 合格率 = 合格 / (应考 − 顺延); none when nobody is left to pass. */
	Double passRate() {
		long base = required() - deferred;
		return base <= 0 ? null : (double) passed / base;
	}

}
