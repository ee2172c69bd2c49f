package cn.dingkao.reconcile;

import java.util.EnumSet;
import java.util.Set;

import cn.dingkao.ruling.WarningCode;

/**
 * ERROR marks data an office must correct (a record nobody can be matched to, a broken identity, two
 * stories for one key); WARN marks rows the ruling set aside or questions that need a look.
 */
final class Severities {

	private static final Set<WarningCode> ERRORS = EnumSet.of(WarningCode.UNKNOWN_PHYSICIAN, WarningCode.UNKNOWN_ORG,
			WarningCode.INVALID_CERT_NO, WarningCode.BIRTH_DATE_MISMATCH, WarningCode.DUPLICATE_APPLICATION,
			WarningCode.EVALUATION_CONFLICT);

	private Severities() {
	}

	static String of(WarningCode code) {
		return ERRORS.contains(code) ? "ERROR" : "WARN";
	}

}
