package cn.dingkao.predict;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.Map;

import cn.dingkao.message.MessagePurpose;
import cn.dingkao.message.OutgoingMessage;
import cn.dingkao.message.PhoneNumbers;
import cn.dingkao.ruling.Actor;
import cn.dingkao.ruling.Cycle;
import cn.dingkao.ruling.ExamMode;
import cn.dingkao.ruling.NextStep;
import cn.dingkao.ruling.Step;
import cn.dingkao.summary.CertMask;

/**
 * A reminder due to a physician whose next step is their own (spec "Seeing it coming"), as the morning run queues
 * it and the office's preview lists it. {@code phone}: the one bound on the web, else the roster's; null when there
 * is none (the preview says so; nothing is sent).
 */
public record Reminder(Cycle cycle, String certNo, String name, String districtCode, NextStep step, String phone,
		LocalDate day) {

	/** At most one per physician, step and day (the outbox keeps a key once). */
	public String dedupKey() {
		return "REMINDER:" + this.cycle.code() + ":" + this.certNo + ":" + this.step.step().name() + ":" + this.day;
	}

	public long daysLeft() {
		return ChronoUnit.DAYS.between(this.day, this.step.deadline());
	}

	public boolean sendable() {
		return PhoneNumbers.isValid(this.phone);
	}

	/** As an office's list shows it: the name says who it is. */
	public String maskedCertNo() {
		return CertMask.mask(this.certNo);
	}

	public String maskedPhone() {
		return this.phone == null ? "" : PhoneNumbers.mask(this.phone);
	}

	/** 张医生，您2026年度定期考核的下一步：…，截止 2026-04-30（还有 7 天）。请登录北京市医师定期考核系统办理。 */
	public String text() {
		return this.name + "，您" + this.cycle.title() + "定期考核的下一步：" + this.step.text() + "，截止 "
				+ this.step.deadline() + "（还有 " + daysLeft() + " 天）。请登录北京市医师定期考核系统办理。";
	}

	public OutgoingMessage message() {
		Map<String, String> params = new LinkedHashMap<>();
		params.put("name", this.name.length() > 20 ? this.name.substring(0, 20) : this.name);
		params.put("cycle", this.cycle.title());
		params.put("step", this.step.step().label());
		params.put("deadline", this.step.deadline().toString());
		params.put("days", String.valueOf(daysLeft()));
		return new OutgoingMessage(MessagePurpose.REMINDER, this.phone, this.certNo, text(), dedupKey(), params);
	}

	/** A stored prediction's own next step. */
	static NextStep ownStep(String step, LocalDate deadline, String returned, String examMode, Integer triesLeft,
			LocalDate day) {
		return new NextStep(Step.valueOf(step), Actor.PHYSICIAN, null, deadline, day.isAfter(deadline),
				"Y".equals(returned), examMode == null ? null : ExamMode.valueOf(examMode), triesLeft);
	}

}
