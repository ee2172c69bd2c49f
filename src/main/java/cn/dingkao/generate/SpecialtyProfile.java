package cn.dingkao.generate;

import java.util.List;
import java.util.SplittableRandom;

/**
 * A physician's practice category, scopes and chosen exam specialty, consistent with the catalog (附件2), with
 * the exam mode the catalog gives (藏医 and 蒙医 are tested offline).
 */
record SpecialtyProfile(String category, String scopes, String specialty, String examMode) {

	private static final List<SpecialtyProfile> COMMON = List.of(
			online("临床", "内科专业", "内科专业"), online("临床", "内科专业", "心血管内科专业"),
			online("临床", "内科专业", "呼吸内科专业"), online("临床", "内科专业", "消化内科专业"),
			online("临床", "内科专业", "内分泌专业"), online("临床", "内科专业", "神经内科专业"),
			online("临床", "外科专业", "普通外科专业"), online("临床", "外科专业", "骨科专业"),
			online("临床", "外科专业", "麻醉专业"), online("临床", "外科专业", "泌尿外科专业"),
			online("临床", "妇产科专业", "妇产科专业"), online("临床", "儿科专业", "儿内科专业"),
			online("临床", "眼耳鼻咽喉科专业", "眼科专业"), online("临床", "眼耳鼻咽喉科专业", "耳鼻咽喉科专业"),
			online("临床", "急救医学专业", "急救医学专业"), online("临床", "医学影像和放射治疗专业", "放射诊断专业"),
			online("临床", "医学影像和放射治疗专业", "超声诊断专业"), online("临床", "医学检验、病理专业", "医学检验专业"),
			online("临床", "全科医学科专业", "全科医学专业"), online("临床", "内科专业;全科医学科专业", "全科医学专业"),
			online("临床", "精神卫生专业", "精神卫生专业"), online("临床", "康复医学专业", "康复医学专业"),
			online("临床", "重症医学专业", "重症医学专业"), online("临床", "内科专业;中医专业", "内科"),
			online("中医", "中医专业", "中医专业"), online("中医", "中医专业", "中医专业"),
			online("中医", "中医专业;全科医学科专业", "中医专业"), online("口腔", "口腔专业", "口腔专业"),
			online("口腔", "口腔专业", "口腔专业"), online("公共卫生", "公共卫生类别专业", "防病专业"),
			online("公共卫生", "公共卫生类别专业", "卫生专业"));

	private static final List<SpecialtyProfile> OFFLINE = List.of(
			new SpecialtyProfile("中医", "藏医专业", "藏医专业", "OFFLINE"),
			new SpecialtyProfile("中医", "蒙医专业", "蒙医专业", "OFFLINE"));

	private static SpecialtyProfile online(String category, String scopes, String specialty) {
		return new SpecialtyProfile(category, scopes, specialty, "ONLINE");
	}

	static SpecialtyProfile pick(SplittableRandom random) {
		if (random.nextInt(500) == 0) {
			return OFFLINE.get(random.nextInt(OFFLINE.size()));
		}
		return COMMON.get(random.nextInt(COMMON.size()));
	}

	/** Title by seniority (0 = junior … 3 = chief), in the naming of the category. */
	String title(int rank) {
		return switch (this.category) {
			case "中医" -> new String[] { "中医师", "主治中医师", "副主任中医师", "主任中医师" }[rank];
			case "公共卫生" -> new String[] { "医师", "主管医师", "副主任医师", "主任医师" }[rank];
			default -> new String[] { "住院医师", "主治医师", "副主任医师", "主任医师" }[rank];
		};
	}

}
