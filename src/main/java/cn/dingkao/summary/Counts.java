package cn.dingkao.summary;

import java.util.Collection;

/**
 * Physicians of one group (area, institution, district or specialty) counted by outcome. Filled by MyBatis, or
 * summed from other groups for a subtotal.
 */
class Counts {

	private String districtCode;

	private String districtName;

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

	/** The groups' sum, e.g. a district's subtotal of its institutions. */
	static Counts sum(String groupCode, String groupName, Collection<Counts> parts) {
		Counts sum = new Counts();
		sum.groupCode = groupCode;
		sum.groupName = groupName;
		for (Counts part : parts) {
			sum.roster += part.roster;
			sum.hidden += part.hidden;
			sum.submitted += part.submitted;
			sum.approved += part.approved;
			sum.rated += part.rated;
			sum.examPassed += part.examPassed;
			sum.passed += part.passed;
			sum.failed += part.failed;
			sum.absent += part.absent;
			sum.deferred += part.deferred;
		}
		return sum;
	}

	/** The district of an institution line; null when its main org is unknown (未知). */
	String districtCode() {
		return districtCode;
	}

	String districtName() {
		return districtName;
	}

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
