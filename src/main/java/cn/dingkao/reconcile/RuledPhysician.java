package cn.dingkao.reconcile;

import java.util.List;
import java.util.stream.Collectors;

import cn.dingkao.ruling.ApplicationRecord;
import cn.dingkao.ruling.Flag;
import cn.dingkao.ruling.PhysicianRecord;
import cn.dingkao.ruling.Ruling;
import cn.dingkao.ruling.Warning;
import cn.dingkao.system.Sha256;

/**
 * A physician's ruling as it goes into the results table. {@link #contentHash()} covers everything the
 * row says, so the writer can tell a changed ruling from an unchanged one without comparing columns. The texts
 * of the reasons and the lineage are made once, for the hash and for the row.
 */
record RuledPhysician(PhysicianRecord physician, Ruling ruling, String reasons, String lineage, String contentHash) {

	private static final char SEPARATOR = '\u001f';

	static RuledPhysician of(PhysicianRecord physician, Ruling ruling) {
		ApplicationRecord application = ruling.application();
		String reasons = ruling.reasonsText();
		String lineage = ruling.lineage().toText();
		// the fields joined by U+001F ("null" for a null one, as String.join wrote them): the hash must not change
		StringBuilder content = new StringBuilder(256);
		content.append(physician.certType()).append(SEPARATOR)
			.append(physician.name()).append(SEPARATOR)
			.append(physician.mainOrgCode()).append(SEPARATOR)
			.append(physician.districtCode()).append(SEPARATOR)
			.append(ruling.outcome().code()).append(SEPARATOR)
			.append(ruling.ethics().name()).append(SEPARATOR)
			.append(ruling.performance().name()).append(SEPARATOR)
			.append(ruling.business().name()).append(SEPARATOR)
			.append(reasons).append(SEPARATOR)
			.append(warningDetails(ruling.warnings())).append(SEPARATOR)
			.append(applicationStatus(application)).append(SEPARATOR)
			.append(specialty(application)).append(SEPARATOR)
			.append(Flag.of(simplified(application)).name()).append(SEPARATOR)
			.append(Flag.of(ruling.allSitesRated()).name()).append(SEPARATOR)
			.append(Flag.of(ruling.examPassed()).name()).append(SEPARATOR)
			.append(lineage);
		return new RuledPhysician(physician, ruling, reasons, lineage, Sha256.ofText(content.toString()));
	}

	String districtCode() {
		return this.physician.districtCode();
	}

	String warningCodes() {
		if (this.ruling.warnings().isEmpty()) {
			return "";
		}
		return this.ruling.warnings().stream().map(w -> w.code().name()).distinct().sorted()
			.collect(Collectors.joining(";"));
	}

	String applicationStatus() {
		return applicationStatus(this.ruling.application());
	}

	String specialty() {
		return specialty(this.ruling.application());
	}

	boolean simplified() {
		return simplified(this.ruling.application());
	}

	private static String applicationStatus(ApplicationRecord application) {
		return application == null || application.status() == null ? null : application.status().name();
	}

	private static String specialty(ApplicationRecord application) {
		return application == null || application.specialty() == null || application.specialty().isBlank() ? null
				: application.specialty();
	}

	private static boolean simplified(ApplicationRecord application) {
		return application != null && application.simplified();
	}

	private static String warningDetails(List<Warning> warnings) {
		if (warnings.isEmpty()) {
			return "";
		}
		return warnings.stream()
			.map(w -> w.code().name() + "|" + w.orgCode() + "|" + w.detail())
			.sorted()
			.collect(Collectors.joining("\u001e"));
	}

}
