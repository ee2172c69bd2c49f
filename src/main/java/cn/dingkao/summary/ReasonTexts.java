package cn.dingkao.summary;

import java.util.Arrays;
import java.util.stream.Collectors;

import cn.dingkao.ruling.ReasonCode;
import cn.dingkao.ruling.WarningCode;

/**
 * Chinese texts of the ruling's reason and warning codes (the engine's {@link ReasonCode} and {@link WarningCode}),
 * for the workbooks; an unknown code shows as itself rather than disappearing.
 */
public final class ReasonTexts {

	private ReasonTexts() {
	}

	public static String text(String code) {
		for (ReasonCode reason : ReasonCode.values()) {
			if (reason.name().equals(code)) {
				return reason.label();
			}
		}
		for (WarningCode warning : WarningCode.values()) {
			if (warning.name().equals(code)) {
				return warning.label();
			}
		}
		return code;
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
