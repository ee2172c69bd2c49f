package cn.dingkao.summary;

import java.util.Arrays;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Chinese texts of the ruling's reason and warning codes (spec "The ruling"), for the workbooks. To be pointed at
 * the ruling engine's code enum once it exists; an unknown code shows as itself rather than disappearing.
 */
public final class ReasonTexts {

	private static final Map<String, String> TEXTS = Map.ofEntries(
			Map.entry("EVALUATION_MISSING", "有执业机构未完成职业道德和工作成绩考核"),
			Map.entry("ETHICS_FAIL", "职业道德考核不合格"), Map.entry("EXAM_FAIL", "业务水平测评未通过"),
			Map.entry("EXAM_MISSING", "未参加业务水平测评"), Map.entry("NOT_APPROVED", "报名未经执业机构审核通过"),
			Map.entry("NOT_REGISTERED", "未报名"), Map.entry("PERFORMANCE_FAIL", "工作成绩考核不合格"),
			Map.entry("REGISTERED_DURING_CYCLE", "考核期间首次注册或变更执业机构，参加下一年度上半年再次考核"),
			Map.entry("SIMPLIFIED_INELIGIBLE", "不符合简易程序条件"),
			// warnings
			Map.entry("UNKNOWN_PHYSICIAN", "名册中无此医师"), Map.entry("UNKNOWN_ORG", "机构不在机构名单中"),
			Map.entry("INVALID_CERT_NO", "身份证号码校验位错误"), Map.entry("BIRTH_DATE_MISMATCH", "出生日期与身份证号码不符"),
			Map.entry("SPECIALTY_NOT_IN_SCOPE", "报考专业不在执业范围内"), Map.entry("EXAM_WRONG_ORG", "未在指定的考核机构参加测评"),
			Map.entry("EXAM_BEFORE_EVALUATION", "测评早于全部执业机构完成评价"),
			Map.entry("EVALUATION_UNCONFIRMED", "机构评价未确认"), Map.entry("EVALUATION_AFTER_CLOSE", "机构评价晚于考核通道关闭"),
			Map.entry("EVALUATION_FOREIGN_SITE", "评价机构不是该医师的执业机构"),
			Map.entry("EXAM_ATTEMPT_LIMIT", "在线测评超过3次"), Map.entry("EXAM_AFTER_CLOSE", "测评晚于考核通道关闭"),
			Map.entry("EVALUATION_CONFLICT", "同一机构的评价记录相互矛盾"), Map.entry("DUPLICATE_APPLICATION", "重复的考核申请"));

	private ReasonTexts() {
	}

	public static String text(String code) {
		return TEXTS.getOrDefault(code, code);
	}

	/** {@code EXAM_FAIL;SIMPLIFIED_INELIGIBLE} → the Chinese texts joined by "；". */
	static String texts(String codes) {
		if (codes == null || codes.isBlank()) {
			return "";
		}
		return Arrays.stream(codes.split(";")).map(String::trim).filter(code -> !code.isEmpty())
			.map(ReasonTexts::text).collect(Collectors.joining("；"));
	}

}
