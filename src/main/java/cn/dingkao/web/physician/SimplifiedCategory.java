package cn.dingkao.web.physician;

import cn.dingkao.ruling.Cycle;

/**
 * The seven categories of the simplified procedure (简易程序条件, plan §五) as the physician reads them when
 * applying, with what each claim must carry (spec "The ruling" 4: evidence number for 1, 3, 4, 5, 7; its date for
 * 3, 5, 7; months of aid for 5). Whether a claim is eligible is the ruling's decision, not this form's.
 */
enum SimplifiedCategory {

	ACADEMICIAN(1, "院士及享受国务院政府特殊津贴的医师", true, false, false),
	AGE_SIXTY(2, "截至%1$d年12月31日，满60岁仍从事医师执业工作的注册医师", false, false, false),
	SCIENCE_AWARD(3, "%2$d年-%1$d年内获得省部级以上科技奖励的医师", true, true, false),
	MASTER_OF_TCM(4, "国医大师、首都国医名师、国家级和市级老中医学术经验继承工作指导老师及承担市级基层老中医传承工作室建设任务的老中医专家",
			true, false, false),
	AID(5, "%2$d年-%1$d年内参加援外、援藏、援疆、援蒙等政府选派支援外省市工作满三个月的医师", true, true, true),
	CHIEF_PHYSICIAN(6, "%1$d年12月31日前专业技术职务任职资格为主任医师的医师", false, false, false),
	TRAINING_PASSED(7, "%2$d年-%1$d年按相关规定通过住院医师/专科医师培训考试考核或通过上一级专业技术职务任职资格考试或评审的医师（上传合格证书）",
			true, true, false);

	private static final String[] NUMERALS = { "一", "二", "三", "四", "五", "六", "七" };

	private final int number;

	private final String text;

	private final boolean needsEvidence;

	private final boolean needsEvidenceDate;

	private final boolean needsAidMonths;

	SimplifiedCategory(int number, String text, boolean needsEvidence, boolean needsEvidenceDate,
			boolean needsAidMonths) {
		this.number = number;
		this.text = text;
		this.needsEvidence = needsEvidence;
		this.needsEvidenceDate = needsEvidenceDate;
		this.needsAidMonths = needsAidMonths;
	}

	int number() {
		return this.number;
	}

	/**
	 * The plan's wording for the cycle: "（二）截至2026年12月31日，满60岁…"; a re-assessment is judged as its base cycle
	 * (spec "The re-assessment": period 2024–2026, age and title as of 2026-12-31).
	 */
	String text(Cycle cycle) {
		int year = cycle.base().year();
		return "（" + NUMERALS[this.number - 1] + "）" + String.format(this.text, year, year - 2);
	}

	/** What the applicant must fill in, as a hint beside the choice. */
	String needs() {
		if (this.needsAidMonths) {
			return "须填写证明材料编号、日期和支援月数";
		}
		if (this.needsEvidenceDate) {
			return "须填写证明材料编号和日期";
		}
		if (this.needsEvidence) {
			return "须填写证明材料编号";
		}
		return this == AGE_SIXTY ? "按出生日期核对，无需证明材料" : "按职称及取得日期核对，无需证明材料";
	}

	boolean needsEvidence() {
		return this.needsEvidence;
	}

	boolean needsEvidenceDate() {
		return this.needsEvidenceDate;
	}

	boolean needsAidMonths() {
		return this.needsAidMonths;
	}

	static SimplifiedCategory of(Integer number) {
		for (SimplifiedCategory category : values()) {
			if (number != null && category.number == number) {
				return category;
			}
		}
		return null;
	}

	/** One choice as the form shows it. */
	record Choice(int number, String text, String needs) {
	}

}
