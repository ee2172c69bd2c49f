package cn.dingkao.receipt;

import cn.dingkao.batch.RefusedInput;

/**
 * A receipt refused whole (spec "The registry's receipt"): malformed, or not the answer to its delivery. Nothing of
 * it was recorded; the message names the file and the line at fault, in Chinese and English.
 */
public class ReceiptRefusedException extends RuntimeException implements RefusedInput {

	ReceiptRefusedException(String message) {
		super(message);
	}

	/** The receipt {@code file} is refused because of {@code why} (Chinese, then English in brackets). */
	static ReceiptRefusedException of(String file, String why) {
		return new ReceiptRefusedException("回执 " + file + " 被拒收，未导入任何内容 (receipt " + file
				+ " refused, nothing imported): " + why);
	}

}
