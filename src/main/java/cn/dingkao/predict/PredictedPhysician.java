package cn.dingkao.predict;

import java.util.List;

import cn.dingkao.ruling.NextStep;
import cn.dingkao.ruling.PhysicianRecord;
import cn.dingkao.ruling.Prediction;
import cn.dingkao.system.Sha256;

/**
 * A physician's prediction as it goes into table {@code prediction}: the texts of its reasons and open steps made
 * once, and a hash of everything the row says, so that the writer rewrites only the rows that changed (most do not,
 * from one morning to the next).
 */
record PredictedPhysician(PhysicianRecord physician, Prediction prediction, String reasons, String openSteps,
		String contentHash) {

	private static final char SEPARATOR = '\u001f';

	static PredictedPhysician of(PhysicianRecord physician, Prediction prediction) {
		String reasons = prediction.ruling().reasonsText();
		String openSteps = openSteps(prediction.steps());
		NextStep next = prediction.next().orElse(null);
		StringBuilder content = new StringBuilder(192);
		content.append(physician.name()).append(SEPARATOR)
			.append(physician.mainOrgCode()).append(SEPARATOR)
			.append(physician.districtCode()).append(SEPARATOR)
			.append(prediction.outcome().code()).append(SEPARATOR)
			.append(prediction.ruling().ethics().name()).append(SEPARATOR)
			.append(prediction.ruling().performance().name()).append(SEPARATOR)
			.append(prediction.ruling().business().name()).append(SEPARATOR)
			.append(reasons).append(SEPARATOR)
			.append(openSteps).append(SEPARATOR);
		if (next != null) {
			content.append(next.deadline()).append(SEPARATOR)
				.append(next.returned()).append(SEPARATOR)
				.append(next.examMode()).append(SEPARATOR)
				.append(next.triesLeft());
		}
		return new PredictedPhysician(physician, prediction, reasons, openSteps, Sha256.ofText(content.toString()));
	}

	/** {@code RATE:MAIN_ORG:ORG_A;RATE:SITE:ORG_B;EXAM:PHYSICIAN:} — every open step, in order. */
	static String openSteps(List<NextStep> steps) {
		StringBuilder text = new StringBuilder(48);
		for (NextStep step : steps) {
			if (!text.isEmpty()) {
				text.append(';');
			}
			text.append(step.step().name()).append(':').append(step.actor().name()).append(':')
				.append(step.orgCode() == null ? "" : step.orgCode());
		}
		return text.length() <= 600 ? text.toString() : text.substring(0, 600);
	}

	NextStep next() {
		return this.prediction.next().orElse(null);
	}

}
