package cn.dingkao.predict;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;

import cn.dingkao.message.MessagePurpose;
import cn.dingkao.message.OutgoingMessage;
import cn.dingkao.message.PhoneNumbers;
import cn.dingkao.ruling.Cycle;
import cn.dingkao.ruling.Step;

/**
 * An institution's daily digest (spec "Seeing it coming"): its physicians (main or other site) at risk, per next
 * step, and the link to its list; to the contact phone on its profile (null: none, nothing is sent).
 */
public record Digest(Cycle cycle, String orgCode, String orgName, String districtCode, String phone,
		Map<Step, Long> atRiskBySteps, long atRisk, LocalDate day, String link) {

	public Digest {
		atRiskBySteps = atRiskBySteps.isEmpty() ? Map.of() : new EnumMap<>(atRiskBySteps);
	}

	public String dedupKey() {
		return "DIGEST:" + this.cycle.code() + ":" + this.orgCode + ":" + this.day;
	}

	public boolean sendable() {
		return PhoneNumbers.isValid(this.phone);
	}

	public String maskedPhone() {
		return this.phone == null ? "" : PhoneNumbers.mask(this.phone);
	}

	/** 待报名 3、待审核 2、… (the steps with physicians at risk; 已不合格 for those with no step left). */
	public String steps() {
		StringBuilder text = new StringBuilder();
		for (Step step : Step.values()) {
			long count = this.atRiskBySteps.getOrDefault(step, 0L);
			if (count > 0) {
				text.append(text.isEmpty() ? "" : "、").append("待").append(step.label()).append(' ').append(count);
			}
		}
		long failed = this.atRisk - this.atRiskBySteps.values().stream().mapToLong(Long::longValue).sum();
		if (failed > 0) {
			text.append(text.isEmpty() ? "" : "、").append("预计已不合格 ").append(failed);
		}
		return text.toString();
	}

	/** 大兴区人民医院：2026年度定期考核今日有风险医师 12 人（待报名 3、…），名单：http://…/institution/risk */
	public String text() {
		return this.orgName + "：" + this.cycle.title() + "定期考核今日有风险医师 " + this.atRisk + " 人（" + steps()
				+ "），名单：" + this.link;
	}

	public OutgoingMessage message() {
		Map<String, String> params = new LinkedHashMap<>();
		params.put("org", this.orgName.length() > 35 ? this.orgName.substring(0, 35) : this.orgName);
		params.put("cycle", this.cycle.title());
		params.put("count", String.valueOf(this.atRisk));
		String steps = steps();
		params.put("steps", steps.length() > 35 ? steps.substring(0, 35) : steps);
		// the link is longer than a template variable may be: the operator's approved template carries it
		return new OutgoingMessage(MessagePurpose.DIGEST, this.phone, this.orgCode, text(), dedupKey(), params);
	}

}
