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
 * row says, so the writer can tell a changed ruling from an unchanged one without comparing columns.
 */
record RuledPhysician(PhysicianRecord physician, Ruling ruling, String contentHash) {

	static RuledPhysician of(PhysicianRecord physician, Ruling ruling) {
		ApplicationRecord application = ruling.application();
		String content = String.join("\u001f", physician.certType(), physician.name(), physician.mainOrgCode(),
				String.valueOf(physician.districtCode()), String.valueOf(ruling.outcome().code()), ruling.ethics().name(),
				ruling.performance().name(), ruling.business().name(), ruling.reasonsText(),
				warningDetails(ruling.warnings()), String.valueOf(applicationStatus(application)),
				String.valueOf(specialty(application)), Flag.of(simplified(application)).name(),
				Flag.of(ruling.allSitesRated()).name(), Flag.of(ruling.examPassed()).name(), ruling.lineage().toText());
		return new RuledPhysician(physician, ruling, Sha256.ofText(content));
	}

	String districtCode() {
		return this.physician.districtCode();
	}

	String warningCodes() {
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
		return warnings.stream()
			.map(w -> w.code().name() + "|" + w.orgCode() + "|" + w.detail())
			.sorted()
			.collect(Collectors.joining("\u001e"));
	}

}
