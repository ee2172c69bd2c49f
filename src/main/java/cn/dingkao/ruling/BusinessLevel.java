package cn.dingkao.ruling;

import java.util.ArrayList;
import java.util.List;

/** Spec §The ruling 4: the business level (业务水平), from the exam platform's records. */
final class BusinessLevel {

	/** Plan §四(二): 网上考核次数最多3次. */
	static final int ONLINE_ATTEMPT_LIMIT = 3;

	record Result(ItemState state, List<ExamRecord> counted, List<IgnoredExam> ignored) {
	}

	private BusinessLevel() {
	}

	/**
	 * @param exams the physician's cycle-Y exam records, in the order they were taken
	 * @param claim the verdict on the application's simplified-procedure claim
	 */
	static Result assess(List<ExamRecord> exams, SimplifiedEligibility.Verdict claim, String expectedExamOrg,
			CycleCalendar calendar, Findings findings) {
		if (claim.claimed() && !claim.eligible()) {
			// spec §The ruling 4: an ineligible claim adds the reason whatever the outcome, and its warning
			findings.reason(ReasonCode.SIMPLIFIED_INELIGIBLE);
			findings.warn(WarningCode.SIMPLIFIED_INELIGIBLE, null, "简易程序申请不符合" + claim.clause() + "：" + claim.why());
		}
		if (claim.claimed()) {
			findings.trace("规则4（" + claim.clause() + "）：简易程序申请" + (claim.eligible() ? "符合条件" : "不符合条件：" + claim.why()));
		}

		List<ExamRecord> counted = new ArrayList<>();
		List<IgnoredExam> ignored = new ArrayList<>();
		for (ExamRecord exam : exams) {
			List<String> why = new ArrayList<>();
			if (exam.mode() == ExamMode.ONLINE && exam.attemptNo() > ONLINE_ATTEMPT_LIMIT) {
				// plan §四(二): at most 3 online tries; a 4th does not count even when passed
				why.add("网上考核第" + exam.attemptNo() + "次，超过3次");
				findings.warn(WarningCode.EXAM_ATTEMPT_LIMIT, exam.examOrgCode(), Rows.exam(exam) + "超过网上考核3次的上限，不计入");
			}
			if (calendar.isAfterClose(exam.takenAt())) {
				// spec §The ruling 4: taken after CLOSE (the CLOSE day itself still counts)
				why.add("晚于考核通道关闭日" + calendar.close());
				findings.warn(WarningCode.EXAM_AFTER_CLOSE, exam.examOrgCode(),
						Rows.exam(exam) + "晚于考核通道关闭日" + calendar.close() + "，不计入");
			}
			if (exam.mode() == ExamMode.SIMPLIFIED && !claim.eligible()) {
				// spec §The ruling 4: eligibility is what lets SIMPLIFIED records count (README: no warning of its own)
				why.add(claim.claimed() ? "简易程序申请不符合条件" : "未申请简易程序");
			}
			String examOrg = Rows.trim(exam.examOrgCode());
			if (examOrg != null && expectedExamOrg != null && !examOrg.equals(expectedExamOrg)) {
				// README: EXAM_WRONG_ORG compares with the application's exam org (blank = main org); it changes nothing
				findings.warn(WarningCode.EXAM_WRONG_ORG, examOrg,
						Rows.exam(exam) + "的考核机构" + examOrg + "不是申请的考核机构" + expectedExamOrg);
			}
			if (why.isEmpty()) {
				counted.add(exam);
			}
			else {
				ignored.add(new IgnoredExam(exam.id(), Rows.exam(exam) + "不计入：" + String.join("；", why)));
			}
		}

		ItemState state;
		if (counted.stream().anyMatch(ExamRecord::passed)) {
			state = ItemState.PASS;
		}
		else if (!counted.isEmpty()) {
			// plan §四(二): 3次考核未能通过即视为业务水平考核不合格
			state = ItemState.FAIL;
			findings.reason(ReasonCode.EXAM_FAIL);
		}
		else {
			state = ItemState.MISSING;
			findings.reason(ReasonCode.EXAM_MISSING);
		}
		findings.trace("规则4（规范§4，方案§四(二)）：计入" + counted.size() + "条测评记录，忽略" + ignored.size()
				+ "条，业务水平" + state.label());
		return new Result(state, counted, ignored);
	}

}
