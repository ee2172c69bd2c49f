package cn.dingkao.ruling;

import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;

/**
 * Plan §五 简易程序条件, one row per category: what a claim of that category needs. Each check returns empty when
 * the claim is eligible, else why not (Chinese).
 */
final class SimplifiedEligibility {

	/** What the engine decided about a claim; {@code claimed} false = no claim (simplified = N). */
	record Verdict(boolean claimed, boolean eligible, String clause, String why) {

		static final Verdict NO_CLAIM = new Verdict(false, false, null, "未申请简易程序");

	}

	private interface Check {

		Optional<String> failure(ApplicationRecord application, PhysicianRecord physician, CycleCalendar calendar);

	}

	private record Condition(String clause, Check check) {
	}

	private static final Map<Integer, Condition> CONDITIONS = Map.of(
			// plan §五(一) 院士及享受国务院政府特殊津贴的医师: proven by the evidence
			1, new Condition("方案§五(一)", (a, p, c) -> evidenceRef(a)),
			// plan §五(二) 截至Y年12月31日满60岁: born on or before (Y-60)-12-31
			2, new Condition("方案§五(二)", SimplifiedEligibility::sixtyByYearEnd),
			// plan §五(三) Y-2…Y年内获得省部级以上科技奖励: evidence dated in the period
			3, new Condition("方案§五(三)", SimplifiedEligibility::evidenceInPeriod),
			// plan §五(四) 国医大师、首都国医名师、老中医学术经验继承工作指导老师…: proven by the evidence
			4, new Condition("方案§五(四)", (a, p, c) -> evidenceRef(a)),
			// plan §五(五) Y-2…Y年内政府选派支援外省市工作满三个月: evidence in the period and at least 3 months
			5, new Condition("方案§五(五)", SimplifiedEligibility::aidOfThreeMonths),
			// plan §五(六) Y年12月31日前任职资格为主任医师
			6, new Condition("方案§五(六)", SimplifiedEligibility::chiefPhysicianByYearEnd),
			// plan §五(七) Y-2…Y年通过住院医师/专科医师培训考试或上一级任职资格考试（上传合格证书）
			7, new Condition("方案§五(七)", SimplifiedEligibility::evidenceInPeriod));

	private SimplifiedEligibility() {
	}

	static Verdict judge(ApplicationRecord application, PhysicianRecord physician, CycleCalendar calendar) {
		if (application == null || !application.simplified()) {
			return Verdict.NO_CLAIM;
		}
		Integer category = application.simplifiedCategory();
		Condition condition = category == null ? null : CONDITIONS.get(category);
		if (condition == null) {
			return new Verdict(true, false, "方案§五", "简易程序类别" + (category == null ? "未填写" : category + "不存在"));
		}
		Optional<String> failure = condition.check().failure(application, physician, calendar);
		return new Verdict(true, failure.isEmpty(), condition.clause(), failure.orElse("符合" + condition.clause()));
	}

	private static Optional<String> evidenceRef(ApplicationRecord application) {
		return isBlank(application.evidenceRef()) ? Optional.of("缺少证明材料编号") : Optional.empty();
	}

	private static Optional<String> evidenceInPeriod(ApplicationRecord a, PhysicianRecord p, CycleCalendar c) {
		Optional<String> ref = evidenceRef(a);
		if (ref.isPresent()) {
			return ref;
		}
		if (!c.inPeriod(a.evidenceDate())) {
			return Optional.of("证明材料日期" + (a.evidenceDate() == null ? "未填写" : a.evidenceDate())
					+ "不在考核周期" + c.periodStart() + "至" + c.periodEnd() + "内");
		}
		return Optional.empty();
	}

	private static Optional<String> aidOfThreeMonths(ApplicationRecord a, PhysicianRecord p, CycleCalendar c) {
		Optional<String> evidence = evidenceInPeriod(a, p, c);
		if (evidence.isPresent()) {
			return evidence;
		}
		if (a.aidMonths() == null || a.aidMonths() < 3) {
			return Optional.of("支援月数" + (a.aidMonths() == null ? "未填写" : a.aidMonths()) + "不满3个月");
		}
		return Optional.empty();
	}

	private static Optional<String> sixtyByYearEnd(ApplicationRecord a, PhysicianRecord p, CycleCalendar c) {
		LocalDate latestBirth = LocalDate.of(c.cycle().year() - 60, 12, 31);
		// README: the roster's birth date, else the one in a valid 18-digit resident number
		Optional<LocalDate> birth = Optional.ofNullable(p.birthDate())
			.or(() -> p.isResident() ? CertNumbers.birthDate(p.certNo()) : Optional.empty());
		if (birth.isEmpty()) {
			return Optional.of("无出生日期，证件号码也无法确定出生日期");
		}
		if (birth.get().isAfter(latestBirth)) {
			return Optional.of("出生日期" + birth.get() + "晚于" + latestBirth + "，截至" + c.cycle().year() + "年12月31日未满60岁");
		}
		return Optional.empty();
	}

	private static Optional<String> chiefPhysicianByYearEnd(ApplicationRecord a, PhysicianRecord p, CycleCalendar c) {
		String title = p.title() == null ? "" : p.title().trim();
		if (!title.equals("主任医师") && !title.equals("主任中医师")) {
			return Optional.of("职称" + (title.isEmpty() ? "未填写" : "为" + title) + "，不是主任医师或主任中医师");
		}
		if (p.titleDate() == null) {
			return Optional.of("职称取得日期未填写");
		}
		if (p.titleDate().isAfter(c.periodEnd())) {
			return Optional.of("职称取得日期" + p.titleDate() + "晚于" + c.periodEnd());
		}
		return Optional.empty();
	}

	private static boolean isBlank(String value) {
		return value == null || value.isBlank();
	}

}
