package cn.dingkao.generate;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

import cn.dingkao.ruling.ApplicationStatus;
import cn.dingkao.ruling.Cycle;
import cn.dingkao.ruling.Flag;
import cn.dingkao.ruling.Rating;

/**
 * Writes one physician at a time across the six files, with realistic proportions: about 35 % practise at other
 * sites, 2–3 % are hidden (a fifth of them unhidden again), 5 % never registered, 1 % registered during the cycle and
 * deferred, 3 % fail, the rest pass — online tests with retries, simplified procedures of several categories (some
 * claims ineligible), delegated exams at an association, offline specialties. And the edges of the spec, each a
 * fraction of a percent to a few percent: secondary sites that never rate, repeated and conflicting rows (a rating
 * sent twice, a tie with other ratings, an application returned and resubmitted), ratings and exams after CLOSE, a
 * fourth online try, records of people missing from the roster.
 * Each physician is drawn from a random stream of their own ({@code seed} and index): the same physician comes out
 * whichever others are written beside them, so a set can be generated for any subset of indices. Nothing is kept
 * between physicians, so any number can be written in constant memory.
 */
final class PhysicianWriter {

	private static final LocalDate BIRTH_FROM = LocalDate.of(1961, 1, 1);

	private static final int BIRTH_DAYS = 14_244; // 1961-01-01 … 1999-12-31

	private static final long SLOTS = 16L * BIRTH_DAYS * 1000; // area × birth date × sequence number

	// coprime with SLOTS, so i ↦ slot is one-to-one (unique numbers); near the golden ratio of SLOTS, so neighbours differ
	private static final long STRIDE = 140_852_419L;

	private final InputWriters out;

	private final long seed;

	/** The current physician's own stream. */
	private SplittableRandom random;

	private final List<Institution> institutions;

	/** The calendar year of the (regular) cycle, for dates and ages. */
	private final int year;

	/** What the files' cycle_year column says: the cycle's code. */
	private final String code;

	private final long slotOffset;

	PhysicianWriter(InputWriters out, List<Institution> institutions, Cycle cycle, long seed) {
		this.out = out;
		this.seed = seed;
		this.institutions = institutions;
		this.year = cycle.year();
		this.code = cycle.code();
		this.slotOffset = Math.floorMod(seed * 0x9E3779B97F4A7C15L, SLOTS);
	}

	/** The random stream of physician {@code index} of a set (the generator's and the re-assessment's alike). */
	static SplittableRandom streamOf(long seed, long index) {
		return new SplittableRandom(seed * 0x9E3779B97F4A7C15L + index);
	}

	void write(long index) {
		this.random = streamOf(this.seed, index);
		SplittableRandom r = this.random;
		SpecialtyProfile profile = SpecialtyProfile.pick(r);
		Institution main = this.institutions.get(r.nextInt(this.institutions.size()));
		List<Institution> others = otherSites(main);

		long slot = Math.floorMod(index * STRIDE + this.slotOffset, SLOTS);
		String area = Institutions.DISTRICTS[(int) (slot % 16)][0];
		int sequence = (int) (slot / 16 % 1000);
		LocalDate birth = BIRTH_FROM.plusDays(slot / 16 / 1000);
		boolean male = sequence % 2 == 1;
		String certType = "RESIDENT";
		String certNo;
		int document = r.nextInt(1000);
		if (document < 990) {
			String first17 = area + birth.toString().replace("-", "") + "%03d".formatted(sequence);
			certNo = first17 + ResidentIdNumbers.checkCharacter(first17);
		}
		else if (document < 994) {
			certType = "MILITARY";
			certNo = "军字第" + (2_000_000 + index) + "号";
		}
		else if (document < 998) {
			certType = "HMT";
			certNo = "H" + "%08d".formatted(index % 100_000_000);
		}
		else {
			certType = "FOREIGN";
			certNo = "E" + "%08d".formatted(index % 100_000_000);
		}
		int age = this.year - birth.getYear();
		int rank = Math.min(3, Math.max(0, (age - 26) / 9));
		LocalDate titleDate = LocalDate.of(Math.min(this.year - 1, birth.getYear() + 27 + rank * 5), 1 + r.nextInt(12), 1);

		double scenario = r.nextDouble();
		boolean hiddenByMain = scenario < 0.02;
		boolean unhidden = hiddenByMain && r.nextInt(5) == 0;
		boolean notRegistered = !hiddenByMain && scenario < 0.07;
		boolean deferred = scenario >= 0.07 && scenario < 0.08;
		boolean notApproved = scenario >= 0.08 && scenario < 0.09;
		LocalDate registeredOn = deferred ? day(4, 1, 120) : LocalDate.of(2008, 1, 1).plusDays(r.nextInt(6500));

		this.out.write(InputFile.ROSTER, certType, certNo, ChineseNames.next(r, male), male ? "男" : "女",
				birth.toString(), profile.category(),
				profile.scopes(), main.orgCode(), join(others), profile.title(rank), titleDate.toString(),
				registeredOn.toString(), mobile(index));
		if (r.nextInt(1000) == 0) {
			// the exam platform knows someone the registry's roster does not (UNKNOWN_PHYSICIAN)
			exam(unknownCertNo(index), 1, profile.examMode(), profile, true, day(7, 1, 20), main.orgCode());
		}

		if (hiddenByMain) {
			hide(certNo, main, "长期病假", unhidden ? stamp(day(5, 20, 30)) : "");
			if (!unhidden) {
				return;
			}
		}
		if (notRegistered) {
			return;
		}
		if (deferred) {
			if (r.nextBoolean()) {
				apply(certNo, profile, ApplicationStatus.DRAFT.name(), Flag.N.name(), "", "", "", "");
			}
			return;
		}
		if (notApproved) {
			ApplicationStatus status = r.nextBoolean() ? ApplicationStatus.SUBMITTED : ApplicationStatus.RETURNED;
			apply(certNo, profile, status.name(), Flag.N.name(), "", "", "", "");
			return;
		}

		// approved from here on
		Institution hiddenSite = null;
		if (!others.isEmpty() && r.nextInt(100) < 2) {
			hiddenSite = others.get(0);
			hide(certNo, hiddenSite, "多点执业已终止", "");
		}
		boolean simplified = rank == 3 && r.nextInt(4) == 0 || age >= 60 && r.nextInt(3) == 0;
		String examOrg = "";
		if (!simplified && r.nextInt(100) == 0) {
			examOrg = (r.nextBoolean() ? Institutions.BEAUTY_ASSOCIATION : Institutions.HEALTH_ASSOCIATION).orgCode();
		}
		int claim = r.nextInt(100);
		if (claim < 2) {
			// a returned application corrected and submitted again: the later submitted_at is kept
			apply(certNo, profile, ApplicationStatus.RETURNED.name(), Flag.N.name(), "", "", "", examOrg,
					stamp(day(4, 1, 5)));
		}
		if (simplified && age >= 60) {
			apply(certNo, profile, ApplicationStatus.APPROVED.name(), Flag.Y.name(), "2", "", "", examOrg);
		}
		else if (simplified) {
			String certificate = "京职称〔" + titleDate.getYear() + "〕第" + (1000 + r.nextInt(9000)) + "号";
			apply(certNo, profile, ApplicationStatus.APPROVED.name(), Flag.Y.name(), "6", certificate, "", examOrg);
		}
		else if (claim >= 98) {
			// an award, aid or training claim (categories 3, 5, 7) with its evidence; a fifth dated outside the period
			simplified = true;
			String category = new String[] { "3", "5", "7" }[r.nextInt(3)];
			String evidence = "京卫证〔" + (this.year - 1) + "〕第" + (100 + r.nextInt(900)) + "号";
			apply(certNo, profile, ApplicationStatus.APPROVED.name(), Flag.Y.name(), category, evidence,
					category.equals("5") ? String.valueOf(1 + r.nextInt(12)) : "", examOrg);
		}
		else {
			apply(certNo, profile, ApplicationStatus.APPROVED.name(), Flag.N.name(), "", "", "", examOrg);
		}

		int fate = r.nextInt(1000);
		boolean ratingFail = fate < 15;
		boolean examFail = fate >= 15 && fate < 30;
		boolean examMissing = fate >= 30 && fate < 35;
		boolean unconfirmed = fate >= 35 && fate < 38;
		boolean ratedAfterClose = fate >= 38 && fate < 41;
		boolean testedAfterClose = fate >= 41 && fate < 44;
		boolean overAttemptLimit = fate >= 44 && fate < 47;
		List<Institution> sites = new ArrayList<>(1 + others.size());
		sites.add(main);
		sites.addAll(others);
		// a secondary site that never rates (plan §二(四): every Beijing site rates; some do not)
		Institution silentSite = others.size() > (hiddenSite == null ? 0 : 1) && r.nextInt(100) < 3
				? sites.get(sites.size() - 1) : null;
		int failingSite = r.nextInt(sites.size());
		for (int s = 0; s < sites.size(); s++) {
			Institution site = sites.get(s);
			if (site == hiddenSite || site == silentSite) {
				continue;
			}
			boolean fail = ratingFail && s == failingSite;
			boolean ethicsFails = fail && r.nextBoolean();
			Rating ethics = ethicsFails ? Rating.FAIL : Rating.PASS;
			Rating performance = fail && !ethicsFails ? Rating.FAIL : Rating.PASS;
			boolean confirmed = !(unconfirmed && s == 0);
			String at = stamp(ratedAfterClose && s == 0 ? day(8, 12, 10) : day(5, 25, 33));
			this.out.write(InputFile.EVALUATIONS, certNo, site.orgCode(), this.code, ethics.name(), performance.name(),
					at, Flag.of(confirmed).name());
			int repeat = r.nextInt(200);
			if (repeat < 2) {
				// the same rating sent twice
				this.out.write(InputFile.EVALUATIONS, certNo, site.orgCode(), this.code, ethics.name(),
						performance.name(), at, Flag.of(confirmed).name());
			}
			else if (repeat == 2) {
				// the same moment, another rating (EVALUATION_CONFLICT: each rating the worse)
				this.out.write(InputFile.EVALUATIONS, certNo, site.orgCode(), this.code, ethics.name(), Rating.FAIL.name(),
						at, Flag.of(confirmed).name());
			}
		}
		if (examMissing) {
			return;
		}
		String examAt = examOrg.isEmpty() ? main.orgCode() : examOrg;
		if (simplified) {
			exam(certNo, 1, "SIMPLIFIED", profile, true, day(7, 1, 10), examAt);
			return;
		}
		String mode = profile.examMode();
		int attempts = examFail || overAttemptLimit ? 3 : passOn();
		for (int attempt = 1; attempt <= attempts; attempt++) {
			boolean passed = !examFail && !overAttemptLimit && attempt == attempts;
			LocalDate on = testedAfterClose && passed ? day(8, 15, 10) : day(7, 1 + 10 * (attempt - 1), 10);
			exam(certNo, attempt, mode, profile, passed, on, examAt);
		}
		if (overAttemptLimit && mode.equals("ONLINE")) {
			// a fourth online try: more than the plan's three (EXAM_ATTEMPT_LIMIT), not counted
			exam(certNo, 4, mode, profile, true, day(7, 28, 3), examAt);
		}
	}

	/** A resident number nobody of the roster has: the slot of an index far beyond any set. */
	private String unknownCertNo(long index) {
		long slot = Math.floorMod((index + SLOTS / 2) * STRIDE + this.slotOffset, SLOTS);
		String first17 = Institutions.DISTRICTS[(int) (slot % 16)][0]
				+ BIRTH_FROM.plusDays(slot / 16 / 1000).toString().replace("-", "") + "%03d".formatted(slot / 16 % 1000);
		return first17 + ResidentIdNumbers.checkCharacter(first17);
	}

	/** Most pass at the first online try, some at the second or third. */
	private int passOn() {
		return Rows.passOn(this.random, 85);
	}

	private List<Institution> otherSites(Institution main) {
		int n = this.random.nextInt(100);
		int count = n < 65 ? 0 : n < 92 ? 1 : 2;
		List<Institution> others = new ArrayList<>(count);
		while (others.size() < count && this.institutions.size() > 2) {
			Institution candidate = this.institutions.get(this.random.nextInt(this.institutions.size()));
			if (candidate != main && !others.contains(candidate)) {
				others.add(candidate);
			}
		}
		return others;
	}

	private void apply(String certNo, SpecialtyProfile profile, String status, String simplified, String category,
			String evidenceRef, String aidMonths, String examOrg) {
		String submitted = status.equals(ApplicationStatus.DRAFT.name()) ? "" : stamp(day(4, 8, 21));
		apply(certNo, profile, status, simplified, category, evidenceRef, aidMonths, examOrg, submitted);
	}

	private void apply(String certNo, SpecialtyProfile profile, String status, String simplified, String category,
			String evidenceRef, String aidMonths, String examOrg, String submitted) {
		String approved = status.equals(ApplicationStatus.APPROVED.name()) ? stamp(day(5, 1, 22)) : "";
		// evidence from the period, now and then from before it (an ineligible claim)
		String evidenceDate = evidenceRef.isEmpty() ? ""
				: (this.random.nextInt(5) == 0 ? LocalDate.of(this.year - 4, 6, 1) : day(1, 1, 150).minusYears(1))
					.toString();
		this.out.write(InputFile.APPLICATIONS, certNo, this.code, profile.specialty(), status, submitted, approved,
				simplified, category, evidenceRef, evidenceDate, aidMonths, examOrg);
		if (this.random.nextInt(200) == 0) {
			// the same application delivered twice in one file (DUPLICATE_APPLICATION)
			this.out.write(InputFile.APPLICATIONS, certNo, this.code, profile.specialty(), status, submitted, approved,
					simplified, category, evidenceRef, evidenceDate, aidMonths, examOrg);
		}
	}

	private void exam(String certNo, int attempt, String mode, SpecialtyProfile profile, boolean passed, LocalDate on,
			String examOrg) {
		Rows.exam(this.out, this.random, certNo, this.code, attempt, mode, profile.specialty(), passed, stamp(on), examOrg);
	}

	private void hide(String certNo, Institution org, String reason, String unhiddenAt) {
		this.out.write(InputFile.HIDDEN, certNo, org.orgCode(), this.code, reason, stamp(day(4, 1, 45)), unhiddenAt);
	}

	/** A day of the cycle year: month/day plus up to {@code spread − 1} days. */
	private LocalDate day(int month, int dayOfMonth, int spread) {
		return LocalDate.of(this.year, month, dayOfMonth).plusDays(this.random.nextInt(spread));
	}

	private String stamp(LocalDate day) {
		return Rows.stamp(this.random, day);
	}

	private static String join(List<Institution> others) {
		if (others.isEmpty()) {
			return "";
		}
		StringBuilder joined = new StringBuilder();
		for (Institution other : others) {
			joined.append(joined.length() == 0 ? "" : ";").append(other.orgCode());
		}
		return joined.toString();
	}

	/**
	 * The roster's optional mobile (issue 24): about four physicians in five have one on file, a mainland number
	 * 13x–19x. Derived from the index, not drawn from the physician's random stream, so every other value of a seed
	 * stays what it was before the column existed.
	 */
	static String mobile(long index) {
		long mixed = (index + 1) * 0x9E3779B97F4A7C15L;
		mixed ^= mixed >>> 31;
		if (Math.floorMod(mixed, 5) == 0) {
			return "";
		}
		return "1" + (3 + Math.floorMod(mixed >>> 8, 7)) + "%09d".formatted(Math.floorMod(mixed >>> 16, 1_000_000_000L));
	}

}
