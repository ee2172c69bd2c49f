package cn.dingkao.web;

import java.util.Map;

import org.springframework.stereotype.Component;

/** Chinese labels of stored codes, for the templates ({@code ${@labels.status(...)}}). */
@Component("labels")
public class Labels {

	private static final Map<String, String> STATUS = Map.of("DRAFT", "草稿", "SUBMITTED", "已提交待审核", "APPROVED",
			"审核通过", "RETURNED", "已打回", "PENDING", "待审批");

	private static final Map<String, String> RATING = Map.of("PASS", "合格", "FAIL", "不合格", "MISSING", "缺");

	private static final Map<String, String> CERT_TYPE = Map.of("RESIDENT", "居民身份证", "MILITARY", "军官证/士兵证", "HMT",
			"港澳台居民证件", "FOREIGN", "外国人护照", "OTHER", "其他证件");

	private static final String[] OUTCOME = { "暂存", "合格", "不合格", "未参加", "顺延再次考核" };

	public String status(String code) {
		return code == null ? "未报名" : STATUS.getOrDefault(code, code);
	}

	public String rating(String code) {
		return code == null ? "未评价" : RATING.getOrDefault(code, code);
	}

	public String outcome(Integer code) {
		return code == null || code < 0 || code >= OUTCOME.length ? "" : OUTCOME[code];
	}

	public String certType(String code) {
		return code == null ? "" : CERT_TYPE.getOrDefault(code, code);
	}

	public String yesNo(String flag) {
		return "Y".equals(flag) ? "是" : "否";
	}

}
