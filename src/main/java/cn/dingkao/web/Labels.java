package cn.dingkao.web;

import cn.dingkao.ruling.ApplicationStatus;
import cn.dingkao.ruling.CertType;
import cn.dingkao.ruling.Flag;
import cn.dingkao.ruling.ItemState;
import cn.dingkao.ruling.Outcome;

import org.springframework.stereotype.Component;

/**
 * Chinese labels of stored codes for the templates ({@code ${@labels.status(...)}}). The texts live in the
 * vocabulary enums of {@code cn.dingkao.ruling}; this only adapts them to what a template holds (a stored code,
 * possibly null).
 */
@Component("labels")
public class Labels {

	public String status(String code) {
		if (code == null) {
			return "未报名";
		}
		if ("PENDING".equals(code)) {
			return AssessmentStatus.PENDING.label();
		}
		return ApplicationStatus.valueOf(code).label();
	}

	public String rating(String code) {
		return code == null ? "未评价" : ItemState.valueOf(code).label();
	}

	public String outcome(Integer code) {
		return code == null ? "" : Outcome.ofCode(code).label();
	}

	public String certType(String code) {
		CertType type = CertType.ofCode(code);
		return type == null ? (code == null ? "" : code) : type.label();
	}

	public String yesNo(String flag) {
		return Flag.of(Flag.isYes(flag)).label();
	}

}
