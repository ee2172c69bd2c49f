package cn.dingkao.message;

import java.util.Map;

/**
 * What an office or operator should make of a failure code: the provider's (Alibaba Cloud SMS) and the sender's
 * own. The provider's code and message are always shown as they came; this adds what to do.
 */
public final class ProviderErrors {

	private static final Map<String, String> HINTS = Map.ofEntries(
			Map.entry("isv.AMOUNT_NOT_ENOUGH", "短信账户余额不足：请系统管理员充值（已失败的短信不会自动重发）"),
			Map.entry("isv.OUT_OF_SERVICE", "短信服务已停机（多为欠费）：请系统管理员处理"),
			Map.entry("isv.MOBILE_NUMBER_ILLEGAL", "手机号码无效：请本人在系统中更换手机号"),
			Map.entry("isv.BUSINESS_LIMIT_CONTROL", "服务商对同一号码的频率限制（每分钟、每小时或每天）：稍后会自动重试"),
			Map.entry("isv.DAY_LIMIT_CONTROL", "该号码今天的短信已达服务商上限：明天再试"),
			Map.entry("isv.SMS_TEMPLATE_ILLEGAL", "短信模板不可用：请系统管理员核对模板编号及审核状态"),
			Map.entry("isv.SMS_SIGNATURE_ILLEGAL", "短信签名不可用：请系统管理员核对签名及审核状态"),
			Map.entry("isv.TEMPLATE_MISSING_PARAMETERS", "模板变量与短信内容不符：请系统管理员核对模板"),
			Map.entry("SignatureDoesNotMatch", "AccessKey 密钥不正确：请系统管理员核对 dingkao.sms.aliyun.access-key-secret"),
			Map.entry("InvalidAccessKeyId.NotFound", "AccessKey 不存在：请系统管理员核对 dingkao.sms.aliyun.access-key-id"),
			Map.entry("isp.RAM_PERMISSION_DENY", "AccessKey 无短信发送权限：请系统管理员授权"),
			Map.entry("TEMPLATE_NOT_CONFIGURED", "未配置该用途的短信模板：请系统管理员设置 dingkao.sms.aliyun.templates"),
			Map.entry("CONNECT_FAILED", "无法连接短信服务（网络或防火墙）：会自动重试"),
			Map.entry("EXPIRED", "超过有效期仍未发出（验证码 5 分钟，提醒 24 小时），不再发送"),
			Map.entry("UNCONFIRMED", "发送后未收到服务商应答，正在向服务商核实是否已发出，核实前不会重发"),
			Map.entry("NOT_SENT", "服务商没有这条短信的记录，已重新发送或已放弃"));

	private ProviderErrors() {
	}

	/** What to do about a failure code, or blank for a code without advice. */
	public static String hint(String code) {
		return code == null ? "" : HINTS.getOrDefault(code, "");
	}

}
