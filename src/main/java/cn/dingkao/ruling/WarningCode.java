package cn.dingkao.ruling;

/** Data problems reported to the offices; a warning never changes a ruling. */
public enum WarningCode {

	UNKNOWN_PHYSICIAN("记录的证件号码不在应考医师名单中"),
	UNKNOWN_ORG("机构代码不存在"),
	INVALID_CERT_NO("身份证号码校验位错误"),
	BIRTH_DATE_MISMATCH("出生日期与身份证号码不一致"),
	SPECIALTY_NOT_IN_SCOPE("报考专业不在执业范围内"),
	EXAM_WRONG_ORG("业务水平测评不在申请的考核机构"),
	EXAM_BEFORE_EVALUATION("执业机构评价完成前参加了业务水平测评"),
	DUPLICATE_APPLICATION("考核申请重复"),
	EVALUATION_CONFLICT("同一机构的评价记录相互矛盾"),
	EVALUATION_UNCONFIRMED("机构评价未确认"),
	EVALUATION_AFTER_CLOSE("机构评价晚于考核通道关闭日"),
	EVALUATION_FOREIGN_SITE("评价机构不是该医师的执业机构"),
	SIMPLIFIED_INELIGIBLE("不符合简易程序条件"),
	EXAM_ATTEMPT_LIMIT("网上考核超过3次"),
	EXAM_AFTER_CLOSE("业务水平测评晚于考核通道关闭日");

	private final String label;

	WarningCode(String label) {
		this.label = label;
	}

	public String label() {
		return label;
	}

}
