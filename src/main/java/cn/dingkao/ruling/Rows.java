package cn.dingkao.ruling;

import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;

/**
 * How warnings and the explanation name input rows: by the file and line they came from (or the web), never by
 * an internal id, so an office can find the row to correct.
 */
final class Rows {

	private static final DateTimeFormatter MOMENT = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

	private Rows() {
	}

	static String evaluation(EvaluationRecord e) {
		return "评价记录（" + e.origin().text() + "，机构" + e.orgCode() + "，" + moment(e.evaluatedAt()) + "）";
	}

	static String exam(ExamRecord x) {
		return "测评记录（" + x.origin().text() + "，" + (x.mode() == null ? "方式未填" : x.mode().label()) + "第"
				+ x.attemptNo() + "次，" + (x.passed() ? "通过" : "未通过") + "，" + moment(x.takenAt()) + "）";
	}

	static String application(ApplicationRecord a) {
		return "考核申请（" + a.origin().text() + "）";
	}

	static String status(ApplicationRecord a) {
		return a.status() == null ? "未填写" : a.status().label();
	}

	static String hide(HideRecord h) {
		return "暂存记录（" + h.origin().text() + "，机构" + h.orgCode() + "，" + moment(h.hiddenAt())
				+ (h.unhiddenAt() == null ? "" : "，取消于" + moment(h.unhiddenAt())) + "）";
	}

	static String moment(LocalDateTime moment) {
		if (moment == null) {
			return "时间未填";
		}
		if (moment.getYear() < 1000 || moment.getYear() > 9999) {
			return MOMENT.format(moment);
		}
		// four-digit years by hand: a formatter per row named in a text (every counted evaluation) showed in profiles
		StringBuilder text = new StringBuilder(19).append(moment.getYear()).append('-');
		two(text, moment.getMonthValue()).append('-');
		two(text, moment.getDayOfMonth()).append(' ');
		two(text, moment.getHour()).append(':');
		two(text, moment.getMinute()).append(':');
		return two(text, moment.getSecond()).toString();
	}

	private static StringBuilder two(StringBuilder text, int value) {
		return text.append((char) ('0' + value / 10)).append((char) ('0' + value % 10));
	}

	static String trim(String value) {
		return value == null || value.isBlank() ? null : value.trim();
	}

}
