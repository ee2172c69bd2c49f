package cn.dingkao.generate;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * The institutions of a generated set: about one per 150 physicians, every one of the 16 districts, hospitals with
 * practice licence numbers (执业许可证登记号, 22 characters), clinics with filing numbers (诊所备案), a few hospitals
 * acting as assessment institutions, and two associations that examine delegated physicians (附件2).
 */
final class Institutions {

	static final String[][] DISTRICTS = { { "110101", "东城区" }, { "110102", "西城区" }, { "110105", "朝阳区" },
			{ "110106", "丰台区" }, { "110107", "石景山区" }, { "110108", "海淀区" }, { "110109", "门头沟区" },
			{ "110111", "房山区" }, { "110112", "通州区" }, { "110113", "顺义区" }, { "110114", "昌平区" },
			{ "110115", "大兴区" }, { "110116", "怀柔区" }, { "110117", "平谷区" }, { "110118", "密云区" },
			{ "110119", "延庆区" } };

	private static final String[] PLACES = { "西红门", "黄村", "亦庄", "旧宫", "瀛海", "太阳宫", "双井", "望京", "学院路", "中关村",
			"上地", "北太平庄", "广外", "月坛", "南苑", "方庄", "新华", "永顺", "梨园", "回龙观", "天通苑", "良乡", "长阳", "八角", "古城",
			"大峪", "仁和", "胜利", "泉河", "渔阳", "鼓楼", "儒林" };

	private static final String[] BRANDS = { "德康", "和睦", "仁和", "康宁", "博爱", "同济", "益民", "瑞丰", "华康", "惠民", "安贞",
			"佳美", "百草", "杏林", "普济", "济安" };

	static final Institution BEAUTY_ASSOCIATION = new Institution("51110000500298765H", "北京医疗整形美容业协会", "110102",
			true);

	static final Institution HEALTH_ASSOCIATION = new Institution("51110000MJ0034561K", "北京健康管理协会", "110105", true);

	private Institutions() {
	}

	/** The medical institutions (practice sites); the associations are not among them. */
	static List<Institution> medical(int physicians, SplittableRandom random) {
		int count = Math.max(DISTRICTS.length, (physicians + 149) / 150);
		List<Institution> institutions = new ArrayList<>(count);
		for (int i = 0; i < count; i++) {
			// the first 16 cover every district; the rest go to a random district
			String[] district = DISTRICTS[i < DISTRICTS.length ? i : random.nextInt(DISTRICTS.length)];
			institutions.add(institution(i, district, random));
		}
		return institutions;
	}

	private static Institution institution(int index, String[] district, SplittableRandom random) {
		String code = district[0];
		String area = district[1];
		String place = PLACES[random.nextInt(PLACES.length)];
		int kind = index < DISTRICTS.length ? 0 : random.nextInt(10);
		String licence = "PDY%05dX%s11A%04d".formatted(10000 + index, code, 1000 + random.nextInt(9000));
		return switch (kind) {
			case 0 -> new Institution(licence,
					index < DISTRICTS.length ? "北京市" + area + "人民医院" : "北京市" + area + place + "医院", code,
					random.nextInt(4) == 0);
			case 1, 2 -> new Institution(licence, "北京市" + area + place + "中医医院", code, false);
			case 3 -> new Institution(licence, "北京市" + area + place + "妇幼保健院", code, false);
			case 4, 5, 6 -> new Institution("PDA" + licence.substring(3), "北京市" + area + place + "社区卫生服务中心", code,
					false);
			default -> new Institution("ZS%s%d%05d".formatted(code, 2015 + random.nextInt(11), index),
					"北京" + area.substring(0, area.length() - 1) + BRANDS[random.nextInt(BRANDS.length)]
							+ (random.nextBoolean() ? "口腔诊所" : "中医诊所"),
					code, false);
		};
	}

}
