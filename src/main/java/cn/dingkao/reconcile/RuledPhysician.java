package cn.dingkao.reconcile;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Collectors;

import cn.dingkao.ruling.Ruling;
import cn.dingkao.ruling.Warning;

/**
 * A physician's ruling as it goes into the results table. {@link #contentHash()} covers everything the
 * row says, so the writer can tell a changed ruling from an unchanged one without comparing columns.
 */
record RuledPhysician(PhysicianRow physician, ApplicationRow application, Ruling ruling, String contentHash) {

	static RuledPhysician of(PhysicianRow physician, ApplicationRow application, Ruling ruling) {
		String content = String.join("\u001f", physician.certType, physician.name, physician.mainOrgCode,
				String.valueOf(physician.districtCode), String.valueOf(ruling.outcome().code()),
				ruling.ethics().name(), ruling.performance().name(), ruling.business().name(), ruling.reasonsText(),
				warningDetails(ruling.warnings()), String.valueOf(applicationStatus(application)),
				String.valueOf(specialty(application)), simplified(application), flag(ruling.allSitesRated()),
				flag(ruling.examPassed()), ruling.lineage().toText());
		return new RuledPhysician(physician, application, ruling, sha256(content));
	}

	String warningCodes() {
		return this.ruling.warnings().stream().map(w -> w.code().name()).distinct().sorted()
			.collect(Collectors.joining(";"));
	}

	static String applicationStatus(ApplicationRow application) {
		return application == null ? null : application.status;
	}

	static String specialty(ApplicationRow application) {
		return application == null || application.specialty == null || application.specialty.isBlank() ? null
				: application.specialty;
	}

	static String simplified(ApplicationRow application) {
		return application != null && "Y".equals(application.simplified) ? "Y" : "N";
	}

	static String flag(boolean value) {
		return value ? "Y" : "N";
	}

	private static String warningDetails(List<Warning> warnings) {
		return warnings.stream()
			.map(w -> w.code().name() + "|" + w.orgCode() + "|" + w.detail())
			.sorted()
			.collect(Collectors.joining("\u001e"));
	}

	private static String sha256(String content) {
		try {
			MessageDigest digest = MessageDigest.getInstance("SHA-256");
			return HexFormat.of().formatHex(digest.digest(content.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
