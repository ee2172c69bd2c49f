package cn.dingkao.generate;

import java.time.LocalDate;
import java.util.SplittableRandom;

import cn.dingkao.ruling.Flag;

/** What both generators write alike: timestamps in office hours, exam records with plausible scores, tries. */
final class Rows {

	private Rows() {
	}

	/** A moment of the day between 08:00 and 18:00, as {@code yyyy-MM-dd HH:mm:ss}. */
	static String stamp(SplittableRandom random, LocalDate day) {
		int seconds = 8 * 3600 + random.nextInt(10 * 3600);
		return day + " %02d:%02d:%02d".formatted(seconds / 3600, seconds / 60 % 60, seconds % 60);
	}

	/** How many online tries a physician who passes needs: most pass at the first, some at the second or third. */
	static int passOn(SplittableRandom random, int firstTryPercent) {
		int n = random.nextInt(100);
		return n < firstTryPercent ? 1 : n < firstTryPercent + (100 - firstTryPercent) * 3 / 4 ? 2 : 3;
	}

	/** One exam record; scores only for a scored mode (not SIMPLIFIED). */
	static void exam(InputWriters out, SplittableRandom random, String certNo, String cycleCode, int attempt,
			String mode, String specialty, boolean passed, String takenAt, String examOrg) {
		boolean scored = !mode.equals("SIMPLIFIED");
		int law = passed ? 60 + random.nextInt(38) : 30 + random.nextInt(29);
		int score = passed ? 60 + random.nextInt(38) : 25 + random.nextInt(45);
		out.write(InputFile.EXAM_ATTEMPTS, certNo, cycleCode, String.valueOf(attempt), mode, specialty,
				scored ? law + ".0" : "", scored ? score + ".5" : "", Flag.of(passed).name(), takenAt, examOrg);
	}

}
