package cn.dingkao.ruling;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("附件2 specialty catalog (reference/specialty-catalog.csv)")
class SpecialtyCatalogTests {

	private final SpecialtyCatalog catalog = CaseBuilder.CATALOG;

	@Test
	@DisplayName("附件2: all 65 rows are read")
	void rows() {
		assertThat(catalog.entries()).hasSize(65);
	}

	@Test
	@DisplayName("附件2 西学中: scope 中医专业 may choose 内科, 外科, 妇产科专业, 儿科专业 as well as 中医专业")
	void westernTrainedInChineseMedicine() {
		List<String> scopes = List.of("中医专业");
		assertThat(catalog.allows(scopes, "内科")).isTrue();
		assertThat(catalog.allows(scopes, "外科")).isTrue();
		assertThat(catalog.allows(scopes, "妇产科专业")).isTrue();
		assertThat(catalog.allows(scopes, "儿科专业")).isTrue();
		assertThat(catalog.allows(scopes, "中医专业")).isTrue();
		assertThat(catalog.allows(scopes, "心血管内科专业")).isFalse();
		assertThat(catalog.allows(List.of("内科专业"), "内科")).isFalse();
		assertThat(catalog.specialtiesFor(scopes)).contains("内科", "外科", "美容中医科", "中医专业");
	}

	@Test
	@DisplayName("附件2 注2: association specialties are offered for their scope only, with the association as board")
	void associations() {
		assertThat(catalog.allows(List.of("外科专业"), "美容外科专业")).isTrue();
		assertThat(catalog.allows(List.of("内科专业"), "美容外科专业")).isFalse();
		assertThat(catalog.allows(List.of("口腔专业"), "美容牙科专业")).isTrue();
		assertThat(catalog.boardsFor(List.of("外科专业"), "美容外科专业")).containsExactly("北京医疗整形美容业协会");
		assertThat(catalog.boardsFor(List.of("内科专业"), "内科专业")).containsExactly("MUNICIPAL", "北京健康管理协会");
	}

	@Test
	@DisplayName("附件2 注1/注3: a specialty equal to a registered scope is allowed; blank is not")
	void scopeItself() {
		assertThat(catalog.allows(List.of("中医（专长）"), "内服方药")).isTrue();
		assertThat(catalog.allows(List.of("某特殊专业"), "某特殊专业")).isTrue();
		assertThat(catalog.allows(List.of("内科专业"), " ")).isFalse();
		assertThat(catalog.allows(List.of(), "内科专业")).isFalse();
	}

	@Test
	@DisplayName("plan §四(二): 藏医/蒙医 are tested offline, the rest online")
	void examModes() {
		assertThat(catalog.examMode("藏医专业")).contains(ExamMode.OFFLINE);
		assertThat(catalog.examMode("蒙医专业")).contains(ExamMode.OFFLINE);
		assertThat(catalog.examMode("内科专业")).contains(ExamMode.ONLINE);
		assertThat(catalog.examMode("不存在")).isEmpty();
	}

}
